/**
 * Why-questions and the other ways a question asks for the reasoning ("explain why X is ours"), hypothetical moves
 * ("if we went back to MNG"), duties asked in the conditional ("would we still need ..."), and speed compared
 * between runtimes, which like a price is not a duty anyone owns.
 */
import { describe, expect, it } from "vitest";
import { expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);

describe("asking for the reasoning", () => {
  it.each([
    ["explain why the node OS patches are still ours on managed node groups", "os-patching", "eks-mng"],
    ["explain whether AWS backs up etcd for us on EKS", "etcd-database", null],
    ["explain who is responsible for the kubelet on EKS Fargate", "kubelet", "eks-fargate"],
  ])("%j is about its topic, not an overview of the runtime", (question, topic, runtime) => {
    const reply = expectType(ask(question), "answer");
    expect([reply.topic.id, reply.runtime?.id ?? null]).toEqual([topic, runtime]);
  });

  it("explaining what one party takes off our hands is that party's list", () => {
    expectList("explain what Amazon takes off our plate with ECS Fargate", "ecs-fargate", "aws");
  });

  it("explaining a runtime on its own is still its overview", () => {
    expectType(ask("explain EKS Auto Mode to me"), "runtime-info");
  });
});

describe("moves that have not happened", () => {
  it.each([
    ["if we went from Fargate back to managed node groups, what lands on us?", "eks-fargate", "eks-mng"],
    ["suppose we moved off ECS on EC2 to ECS Fargate, what do we stop owning?", "ecs-ec2", "ecs-fargate"],
  ])("%j asks what would change", (question, from, to) => {
    const reply = expectType(ask(question), "difference");
    expect([reply.from, reply.to]).toEqual([from, to]);
  });

  it("a move already made is still context", () => {
    const reply = expectType(ask("we went from MNG to Fargate last year, who patches the OS now?"), "answer");
    expect(reply.runtime?.id).toBe("eks-fargate");
  });
});

describe("duties asked in the conditional", () => {
  it.each([
    "if we moved to Auto Mode would we still need to upgrade the VPC CNI ourselves?",
    "on ECS Fargate will we still have to scan our images?",
    "would I be responsible for the kubelet config on self-managed nodes?",
  ])("%j asks about us", (question) => {
    expect(expectType(ask(question), "answer").asked).toBe("customer");
  });
});

describe("speed compared", () => {
  it.each([
    "which scales out quicker, EKS Fargate or Auto Mode?",
    "is ECS Fargate slower to start tasks than ECS on EC2?",
    "what's the cold start like on EKS Fargate vs managed node groups?",
  ])("%j is refused like a price", (question) => {
    const reply = expectType(ask(question), "not-found");
    expect(reply.reason).toBe("out-of-scope");
  });

  it("a duty asked beside a speed-up in passing is still answered", () => {
    expectType(
      ask("we want node rollouts to go faster. who owns node rotation on managed node groups?"),
      "answer",
    );
  });
});
