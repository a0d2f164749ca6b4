/**
 * Everyday English words that must never be "corrected" into a knowledge-base word: a question about the office
 * printer should not become a question about the kube-proxy. Spelling correction only touches words that are in
 * neither this list nor the knowledge vocabulary.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `able  account actual asking favour favor favoured favored matter matters mattered asked claim claims claimed add added adding address admin advice agree allow allowed almost alone along answer
apply approach area around article asap avoid away back bad based basic best better big bill billing blocked
board book boss break bring broken budget build builds built business busy buy call calls came card care careful
change changed changes changing cheap check checked checking choose chose city clean clear close  coffee come
comes coming common complete completely correct cost costs could course create created current cut daily  date
day days deadline decide decided default deploy deployed detail details different difficult direct doc docs document
documentation documents done door early easy either email end ends enough entire environment error errors even event
events exact example examples exist exists expect expected explain fact fail failed fair fast feel file files final
find fine first fix fixed floor food form free friday front full fun future game general give given glad good great
group happen happened happy hard head hear heard help here high hold home hope hour hours house huge human important
include included including info information inside instead interesting issue issues item items keep kept kind kitchen
large last late later lead learn least leave left less level light likely line link list little live local long lose
loss lost love low lunch machine main major manager many matter maybe meet meeting meetings member message met middle
mind minute minutes miss missing mode model monday money month months morning move moved much name named near need
never new news next nice night normal note notes number office often old open order others outside owner page paper
past pay payroll people person phone pick place plan plans play point  possible post power present price print
printer private probably problem problems process product project proper provide public pull push put quickly raise
ran rate read ready real reason recent recently remember report request require required rest result return review
room   run running safe said sale save saw say saying says schedule school second see seem seems seen sell send sense
sent serious  set   share shared short show shown sign simple since single site sit size slow
small soon sorry sound space speak special spend staff stand start started state status stay step stop store story
strong study sunday support supposed sure   table talk talked team tech test tested testing text thanks
tell telling think thinking third thought thursday ticket time times title told took top total touch town track training travel
tried true try trying tuesday turn type understand unit until   usual usually value  view wait
walk wall want watch water weather wonder wondering website wednesday week weekend weeks well went whole wifi window word words work
worked working works world write writing wrong year years yesterday young`.split(/\s+/),
);
