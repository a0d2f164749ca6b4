/**
 * The App Home tab: what you (the customer) own on each runtime with a button to list it, quick picks
 * (comparisons, a migration, an overview), and the topics this person asked about recently. Buttons open
 * their card in a modal. Pure: the counts come from the core's runtime overviews.
 */
import type { Owner, Responder, RuntimeId, TopicRef } from "../../core/index.js";
import { OWNER_LABELS, RUNTIME_IDS } from "../../core/index.js";
import { encodeAction } from "../shared/action-payload.js";
import {
  type ActionElement,
  button,
  context,
  divider,
  header,
  type SlackBlock,
  section,
} from "./block-kit.js";
import { actionIds, blockId, type CardRef } from "./card-ids.js";
import { LAYOUT } from "./limits.js";
import { bold, escapeMrkdwn } from "./mrkdwn.js";
import { cardActions } from "./render-card-parts.js";
import { ownerWords, type RenderOptions } from "./render-options.js";

export interface HomeView {
  readonly type: "home";
  readonly blocks: readonly SlackBlock[];
}

const HOME_CARD: CardRef = { audience: "private", shareable: false, cardKey: null };
const OWNER_ORDER: readonly Owner[] = ["customer", "shared", "aws", "not-applicable"];

export function renderHome(
  responder: Responder,
  labels: Pick<RenderOptions, "names" | "shortNames" | "categoryNames">,
  recent: readonly TopicRef[],
): HomeView {
  const version = responder.knowledge.version;
  const options: RenderOptions = { ...labels, card: HOME_CARD };
  const blocks: SlackBlock[] = [
    header("whoowns: is that ours or AWS's?"),
    section(
      "Ask me who owns a piece of the AWS shared-responsibility model for containers. Here is what you (the customer) own on each runtime:",
    ),
  ];
  RUNTIME_IDS.forEach((id, index) => {
    const overview = responder.respondToAction({ kind: "runtime-info", version, runtime: id });
    if (overview.type !== "runtime-info") return;
    const counts = OWNER_ORDER.filter((owner) => overview.ownership[owner] > 0).map(
      (owner) => `${ownerWords(owner)} ${overview.ownership[owner]}`,
    );
    const row = section(
      `${bold(overview.runtime.name)}\n${counts.join("  ·  ")}`,
      undefined,
      button({
        actionId: actionIds.ask(index),
        text: "What do I own?",
        value: encodeAction({ kind: "list", version, runtime: id, owner: "customer" }),
        label: `List what ${OWNER_LABELS.customer} owns on ${overview.runtime.name}`,
      }),
    );
    // A click reports the block it came from, so blocks with a button carry our id too.
    blocks.push({ ...row, block_id: blockId(HOME_CARD, 10 + index) });
  });
  blocks.push(divider(), section("*Quick picks*"), ...cardActions(quickPicks(version, labels), options));
  if (recent.length > 0) {
    const picks = recent.slice(0, LAYOUT.recentTopics).map((topic, index) =>
      button({
        actionId: actionIds.ask(40 + index),
        text: topic.name,
        value: encodeAction({ kind: "answer", version, topic: topic.id, runtime: null }),
        label: `Who owns ${topic.name} on each runtime`,
      }),
    );
    blocks.push(section("*Your recent topics*"), ...cardActions(picks, options, 1));
  }
  blocks.push(
    context([
      `Type ${escapeMrkdwn("/whoowns <question>")} anywhere, mention me in a channel, or message me here. Recent topics are kept in memory only.`,
    ]),
  );
  return { type: "home", blocks };
}

function quickPicks(version: string, labels: Pick<RenderOptions, "shortNames">): ActionElement[] {
  const name = (id: RuntimeId) => labels.shortNames[id] ?? id;
  return [
    button({
      actionId: actionIds.ask(20),
      text: "Compare the EKS runtimes",
      value: encodeAction({
        kind: "compare",
        version,
        runtimes: ["eks-ec2", "eks-mng", "eks-fargate", "eks-auto"],
        category: null,
      }),
      label: "Compare who owns what across the four EKS runtimes",
    }),
    button({
      actionId: actionIds.ask(21),
      text: "Compare the ECS runtimes",
      value: encodeAction({ kind: "compare", version, runtimes: ["ecs-ec2", "ecs-fargate"], category: null }),
      label: "Compare who owns what on ECS on EC2 and on Fargate",
    }),
    button({
      actionId: actionIds.ask(22),
      text: `${name("eks-ec2")} → ${name("eks-fargate")}`,
      value: encodeAction({ kind: "difference", version, from: "eks-ec2", to: "eks-fargate" }),
      label: `What changes moving from ${name("eks-ec2")} to ${name("eks-fargate")}`,
    }),
    button({
      actionId: actionIds.ask(23),
      text: `About ${name("eks-auto")}`,
      value: encodeAction({ kind: "runtime-info", version, runtime: "eks-auto" }),
      label: `What ${name("eks-auto")} is and what it cannot do`,
    }),
  ];
}
