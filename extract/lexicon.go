package extract

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"kg/arabic"
)

//go:embed data/triggers.yaml data/cues.yaml data/boilerplate.txt data/romanize.tsv data/given_names.txt data/objects.yaml data/forces.yaml data/destinations.yaml data/incidents.yaml data/homonyms.yaml data/wrongdoing.yaml data/crowds.txt data/private.txt data/modality.yaml data/contact.yaml
var dataFS embed.FS

// triggerKind tells how a trigger word relates to its arguments.
type triggerKind uint8

const (
	verbTrigger           triggerKind = iota // agent is its subject: after it (VSO) or before it (SVO)
	nounTrigger                              // agent is a nisba on it, a genitive, or a light verb's subject
	passiveTrigger                           // participle: agent after a preposition, patient before it
	circumstantialTrigger                    // accusative participle: agent is the sentence's subject
	participleTrigger                        // active participle: agent the noun it qualifies, object after ل
)

// trigger is one entry of the trigger index: the words after the first one
// (normalized) and what the whole sequence means.
type trigger struct {
	rest []string
	// tailPrep is the last word of a verb's tail, the preposition that
	// governs its object («ألحق الجيش الهزيمة بداعش»); kept when the tail
	// is read after the subject.
	tailPrep string
	rel      Relation
	kind     triggerKind
	// plural marks verb forms that agree with a dual or plural subject
	// («التقوا», «يجتمعان»). Arabic puts a verb before its subject in the
	// singular, so such a form's subject is before it or only a pronoun.
	plural bool
	// travel marks verbs of going somewhere («وصل», «سافر»): a visit
	// only when a person goes, not troops or goods.
	travel bool
	// visit marks verbs of visiting («زار»): the places after one are where
	// the visitor went, never sides of one meeting with each other.
	visit bool
	// warn marks verbs of warning («حذر»): only the one addressed, right
	// after the verb and its subject, is threatened.
	warn bool
	// hamza marks verb forms that normalize to a common word («هنأ» to
	// «هنا», here): they count only when written with their hamza.
	hamza bool
	// deny marks verbs of denying («نفى»): they reject someone only
	// through what that one said or charged («نفت موسكو الاتهامات
	// البريطانية»), not an act denied («نفى تسليح الحوثيين»).
	deny bool
	// brandish marks verbs of brandishing («لوح»): they threaten only
	// through their ب complement («لوحت بضربة ضد سوريا»); waving to
	// someone («يلوح لمودعيه») threatens no one.
	brandish bool
	// never marks «لن تسمح»: refusing to let someone do a thing threatens
	// only the one named right after it with ل («لن تسمح لإيران بـ»).
	never bool
	// levy marks bare fees («رسوم»): a sanction only on a state named right
	// after «على» or through the goods taxed («على واردات أمريكية», «على
	// الصلب التركي»); fees on visas or services sanction no one.
	levy bool
}

// lexicon is the compiled knowledge of the Arabic extractor.
type lexicon struct {
	triggers map[string][]trigger // by normalized first word, longest sequence first
	modal    modalityWords        // when an act took place; «هاجم» armed or verbal
	// objectPreps are the prepositions that may introduce the other side of
	// a directed act, by relation ("" for a direct object).
	objectPreps map[Relation][]string

	negation, notNegation   phraseSet
	anyQuantifier           map[string]bool // «أي»: an act noun after it names no act done
	modalityBefore          phraseSet
	condition               phraseSet // «إذا», «في حال»: opens the condition of a promised retaliation
	speakerPhrases          phraseSet // «على لسان»: names whose tongue spoke for the subject
	modalityAfter           phraseSet
	modalityLater           map[string]bool
	futureLater, futureTime map[string]bool // «اجتماع سيتم», «الأسبوع المقبل»: still to come
	futureParticles         map[string]bool // «سوف»: the future before a present verb
	futureEffort            map[string]bool // «سيعملان على التوصل إلى اتفاق»: a deal still to reach
	meetingHold             map[string]bool // «ستجري محادثات»: with س, talks its subject plans
	futureCopula            map[string]bool // «ستكون المرة الأولى التي يلتقي فيها»: an occasion to come
	planned                 phraseSet       // «القمة المقررة», «التي من المقرر»: set for later
	plannedClause           phraseSet       // «ومن المنتظر أن يزور»: the clause that follows is set for later
	awaitNouns, awaitAdj    map[string]bool // «تمهيدا للقمة», «القمة المرتقبة»: still awaited
	setMeetingAdj           map[string]bool // «القمة المرتقبة بين»: set for later
	meetingDoubt            map[string]bool // «احتمال عقد قمة بين»: not yet set
	held                    map[string]bool // «عقدت القمة المرتقبة أمس»: awaited, then held
	sport                   phraseSet       // «ربع النهائي»: teams, not states
	tournaments             phraseSet       // «المونديال»: its meetings and attacks are matches
	intent                  phraseSet
	threatIntent            phraseSet // «مستعدة لتوجيه ضربة»: the cues of intent that make a strike a threat
	denialWords, agencies   phraseSet
	notActors               phraseSet       // «واشنطن بوست»: names that hold an actor's name but are none
	seats                   map[string]bool // «ومقره»: the place named after it is where a body sits
	adjectiveNames          map[string]bool // «مالي»: a state's name that is also an adjective
	stateHeads              map[string]bool // «شمال مالي»: nouns a state's name follows
	conclude, requestNouns  map[string]bool
	sign, signNouns         map[string]bool
	reachNouns              map[string]bool // «تفاهم»: an agreement only when reached
	notTriggers             map[string]bool
	placeNouns, visitNouns  map[string]bool
	strikeNouns             map[string]bool // «هجوم»: its genitive strikes
	separately              phraseSet       // «منفصلة»: contacts held apart
	battleNouns             map[string]bool // «مواجهات مع X»: مع names the other side
	defeatWords             map[string]bool // «إلحاق الهزيمة بـX»: ب names the defeated
	authoredAfterL          map[string]bool // «غارة للتحالف»: ل names who strikes
	releaseNouns            map[string]bool // «الإفراج عن X», «إطلاق سراح X»: X is released
	claimNouns              map[string]bool // «نفى مزاعم X»: what X said, which a denial rejects
	envoys                  map[string]bool // «سحب دبلوماسييها من»: a sanction, no retreat
	caseNouns               map[string]bool // «قضية الغارات على اليمن»: an act talked of, its doer in its own phrase
	ongoingSince            map[string]bool // «تحالف منذ عام 2000»: a year after them starts what still goes on
	onsetNouns              map[string]bool // «منذ اندلاع القتال في 2013»: what began then still goes on
	purposeNouns            map[string]bool // «لدعم X»: the clause's subject acts to support X
	againstWords            map[string]bool // «دعم دولي ضد إيران»: who follows is the adversary
	yearLeads               map[string]bool // «التقى في عام 2000»: a year after them dates the clause's verb
	contestNouns            map[string]bool // «انسحب من المنافسة»: a withdrawal from no ground
	expelNouns              map[string]bool // «بطرد 60 دبلوماسيا»: a sanction when envoys follow
	recallVerbs             map[string]bool // «استدعت سفيرها لدى الهند»: a sanction when one's own envoy follows
	driveOutNouns           map[string]bool // «حملة لطرد المقاتلين الأكراد»: whom the act is waged against
	freeFromNouns           map[string]bool // «معارك لتحرير الموصل من داعش»: the one after «من» is fought
	holdNouns               map[string]bool // «من قبضة الحوثيين»: the grip a place is freed from
	droppedGoods            map[string]bool // «أسقطت مروحيات منشورات»: dropped, not struck
	withdrawStems           []string        // «سحب»: a word of withdrawing holds one
	withdrawnGoods          map[string]bool // «سحبت أموالها»: withdrawn, but no force
	retreatUndone           map[string]bool // «انتهاء وقف إطلاق النار»: no retreat told
	sportWords              phraseSet       // «مباراة», «المنتخب»: a sentence of a match, where attacks are plays
	describeAs, praise      map[string]bool // «وصفه بأنه شجاع»: a description that praises accuses no one
	soughtAfter             map[string]bool // «بحثا عن حل»: a dual verb of talks that means «in search of»
	betweenHeads            map[string]bool // «العلاقات بين»: nouns whose «بين» pair is their own
	giveVerbs, giftNouns    map[string]bool // «سلمت فرنسا مصر أسلحة»: aid when a bare gift follows
	giftSums, currencies    map[string]bool // «100 مليون دولار»: a gift of money
	compoundOn              map[string]bool // «على خلفية»: «على» that names no one sanctioned
	charged                 map[string]bool // «متهمين بالتوسط»: the act after is a charge
	undergo                 map[string]bool // «تعرضت X لهجوم»: X is struck
	repel                   map[string]bool // «صد الجيش هجوما للحوثيين»: the subject is struck
	formalProtest           map[string]bool // «احتجت الخارجية السعودية على»: a state's protest is an accusation
	eraLeads                map[string]bool // «خلال», «أثناء»: before a past era, they date an act in it
	pastEras                phraseSet       // «الحرب العالمية الثانية»: eras long gone
	lightVerbs, speechVerbs map[string]bool
	clauseSpeechVerbs       map[string]bool  // «وتابع أن»: verbs of saying only before a reported clause
	carrierVerbs            map[string]bool  // «الزيارة التي يقوم بها»: a light verb whose pronoun rides on «بها»
	meetingPronoun          map[string]bool  // «الاتصال الذي أجراه مع»: the verb's pronoun is the meeting
	verbTense               map[string]uint8 // trigger verb forms: 1 past, 2 present, 3 both
	verbPerson              map[string]uint8 // trigger verb forms: 1 first person, 2 third, 3 both
	strikeVerbs             map[string]bool  // «نفذت إسرائيل غارات»: carry out a strike
	decideVerbs             map[string]bool  // «قررت روسيا طرد»: the act decided is a verbal noun
	lightMasdars            map[string]bool  // «وفرض عقوبات»: a light verb spelt as its verbal noun
	controlVerbs            map[string]bool  // «حاولت قطر أن تستهدف»: the subject acts in the clause after «أن»
	decisionNouns           map[string]bool  // «قرار ترامب نقل السفارة»: the genitive decided
	sessionBodies           map[string]bool  // «اجتماع لمجلس الأمن»: a body that sits in session, not a side met
	negatedAux              map[string]bool  // «لن يتم تخصيص»: a negated auxiliary negates the act it carries
	actMasdars              map[string]bool  // «شن», «توجيه»: carry out an act named after them
	express                 map[string]bool
	describe                map[string]bool // «وصف»: its object pronoun refers back
	// masculineStates are the states whose names take a masculine verb
	// («وانتقد العراق»), by actor id; other states take a feminine one.
	masculineStates          map[string]bool
	personal                 map[string]bool // «هي», «هو»: pronouns that stand for a noun before
	blame, responsibility    map[string]bool // «حمّل X Y المسؤولية»
	blameBearing             map[string]bool // «تحمل»: lays the blame only with a subject before it or two actors after
	blameBy                  map[string]bool // «ألقت X باللوم على Y»: verbs governing a noun of blame with «ب»
	directedTo               map[string]bool // «الاتهامات الموجهة لها من X»: X made them
	answerVerbs, answerNouns map[string]bool // «ردت موسكو على اتهامات لندن», «ردا على انتقادات»
	denyCharge               map[string]bool // «نفت طهران اتهامات واشنطن»
	denyChargeWords          phraseSet       // «نافيا اتهامات», «رافضا اتهامات»
	denyFillers              map[string]bool // «نفت بشدة اتهامات»: words between a denial and the charge
	statementNouns           map[string]bool // «أصدر بيانا أدان فيه»: what a speaker issues
	addressedStatements      map[string]bool // «رسالة لترامب»: its «ل» names whom it is sent to
	issuedWords              map[string]bool // «بيان صادر عن الخارجية»: issued by
	groundsNouns             map[string]bool // «لاتهامها بدعم الإرهاب»: the accused's pronoun on the noun
	groundsBefore            map[string]bool // «بعد», «إثر»: the accusation is the grounds of what precedes
	responsible, copula      map[string]bool // «أن تكون موسكو مسؤولة عن»
	endangered, become       map[string]bool // «يهدد أرواح المدنيين», «بات مهددا بفقدان»
	denial, anaphoric        map[string]bool
	refuse                   map[string]bool // «رفضت التعاون مع موسكو»: what is refused was not done
	timeWords                map[string]bool
	dualKindHeads            map[string]bool // «حل» (الدولتين): a dual after it names no sides
	collectiveHeads          map[string]bool // «الدول», «القوى»: a group of states its member list in apposition names
	notName, honorifics      map[string]bool
	spokesmen                map[string]bool // «المتحدث باسم التحالف» after a person is the person's own office
	holderPlurals            map[string]bool // «وزراء خارجية»: holders whose genitive states stand for them
	officeHeads              map[string]bool // «قائد»: an office whose genitive is the body it heads
	contrastOpeners          phraseSet       // «في حين»: after a comma, a new clause with its own subject
	former                   map[string]bool // «السابق»: a title no longer held
	arabicScript             map[string]bool // states whose people's names have one Arabic spelling
	acting                   map[string]bool // «بالوكالة»: a title held for a time or not yet
	inCharge                 map[string]bool // «المكلف بـ»: in charge of, no acting title
	speakerOwn, existential  map[string]bool // subjects of a reported clause that are the speaker's, or none
	notSurname               map[string]bool // see isSurname
	givenNames               map[string]bool // first words of people's names (data/given_names.txt)
	crowds                   map[string]bool // «آلاف», «متظاهرون»: a nationality on them names protesters (data/crowds.txt)
	privatePeople            map[string]bool // «الداعية», «القس»: a nationality on them names a citizen, no state (data/private.txt)
	nameLinks                map[string]bool // «آل», «بن»: a given name goes on before them
	with, between, against   map[string]bool
	to, from, locative       map[string]bool
	within                   map[string]bool // «شمال», «شرقي»: parts of a state's ground
	timeSpans                map[string]bool // «بعد يوم من اجتماع»: «من» after them dates, it governs nothing
	relative, complementizer map[string]bool
	parties                  map[string]bool // lexicon ids of political parties, at home in their based state (domesticParty)
	needNouns                map[string]bool // «ضرورة», «أهمية»: cooperation in the construct state after them is called for (calledFor)
	wants                    map[string]bool // «يريد», «ترغب»: an act right after them is only wanted (wanted)
	adjunctOpeners           map[string]bool // «بموجبها», «بسبب»: a «بـ» word that opens no complement (inBiComplement)
	resumptive, dualPeople   map[string]bool
	antecedentPreps          map[string]bool
	dualStates               map[string]bool      // duals that name two states (data/cues.yaml)
	dualNisbaPairs           map[string][2]string // «الكوريين»: a dual adjective naming two states
	gather                   map[string]bool      // «جمعت»: a meeting brought its sides together
	exchange, mutual         map[string]bool      // «تبادلت», «المتبادلة»: each side to the other
	inclusion, topic         phraseSet
	fixed                    phraseSet       // «صفارات الإنذار»: no act inside
	manner                   phraseSet       // «بشدة»: between a verb's subject and object
	warnedOf                 map[string]bool // «قائلا»: opens what a warning says
	expelVerbs               map[string]bool // «طرد», conjugated
	discussVerbs             map[string]bool // «ناقش», conjugated: their object is a topic
	inviteTo                 map[string]bool // «للمشاركة»: a call to take part is an invitation
	callToComply             map[string]bool // «إلى احترام الاتفاق»: a call to keep a deal is a demand
	callMarks                map[string]bool // «على», «إلى», «أن»: open what a call asks of its addressee (directed)
	stateOfAffairs           map[string]bool // «مما ينذر»: what the verb after it says is of a state of affairs
	inviteFrames             map[string]bool // «تلبية لدعوة»: the invitation is why someone came
	acceptWords              map[string]bool // «قبول دعوة كيم»: the invitation accepted is the genitive's
	receiveInvite            map[string]bool // «تلقى دعوة من X»: X invited the one who got it
	inviteSent               map[string]bool // «دعوة وجهها X»: X sent the invitation
	handInvite               map[string]bool // «سلم X Y دعوة»: X handed Y an invitation
	offerVerbs, notOffer     map[string]bool // «عرضت», «اقترح»: forms of verbs of offering; «تعرض»: forms left out
	objectThenBi             map[string]bool // «اتهم», «وصف»: forms of verbs whose object comes before a «بـ» complement
	objectThenAla            map[string]bool // «حث»: forms of verbs whose object comes before a «على» complement
	accusedBeforeBi          map[string]bool // «اتهم», «وصف»: forms of verbs whose actor right before «بـ» is always the object
	notBiComplement          map[string]bool // «بشدة», «بنفسه»: words in «بـ» that are no complement
	sufferedUnder            map[string]bool // «تحت»: before a directed act, what precedes suffers it
	objectPronouns           map[string]bool // «إياها»: a detached object pronoun
	describing               map[string]bool // «واصفا»: participles whose pronoun is mostly a thing
	listCompanions           phraseSet       // «وإلى جانبها»: adds a member to a list
	agentTriggers            map[string]bool // «حلفاء»: people named by their act
	allyPredicates           map[string]bool // «أبرز»: words between an actor and the agent noun said of it
	ownCountry, circumstance map[string]bool
	circumstanceWith         map[string]bool // «بالتزامن مع»: the noun after «مع» is a circumstance
	spanQualifiers           map[string]bool // «قليلة» in «قبل أيام قليلة من»: the span still dates the act
	beforeTime               map[string]bool // «قبل», «عشية»: what follows their phrase is not still to come
	barePreps                map[string]bool // «على» in «على شن»: the word after is a verbal noun
	negatingNouns            map[string]bool // «عدم», also with a clitic: the act after it is negated
	memberPronouns           map[string]bool // «وهي» sets a member list off after a group of states
	dual, loyal, function    map[string]bool
	agentNouns, saidThat     map[string]bool
	recalledSpeakers         map[string]bool // «البيان», «المتحدث» after a verb of saying: the speaker before
	recalledOf               phraseSet       // «باسمها» after such a noun
	speechOpeners            phraseSet       // «كما», «إلى ذلك»: a sentence going on with the speaker before
	reportedThat, impersonal map[string]bool
	allyApposition           map[string]bool
	speechParticiples        map[string]bool // «قائلا»: the main clause's subject goes on to speak
	payFuture                map[string]bool // «ستدفع», «سيدفعون»: the future of paying
	consequences             map[string]bool // «عواقب»: what a warning on a condition promises
	penalties                phraseSet       // «ثمنا باهظا», «الثمن»: what one promised to pay is made to pay
	auxiliary                map[string]bool // «كان» of the pluperfect «كانت X قد هددت»
	clauseOpeners            map[string]bool // «لكن موسكو نفت»: particles a clause's subject follows
	contrastPronouns         map[string]bool // «لكنه حث موسكو»: but, with the pronoun of the subject before
	objectClauseOpeners      map[string]bool // «إذ تتهمها إسرائيل»: a clause goes on about an actor before
	blameVerbs, blameWords   map[string]bool // «وحملت حماس المسؤولية»: the actor between them is blamed
	praiseVerbs              map[string]bool // «أشاد بالدعم السعودي»: the act praised is still told
	objectThenLi             map[string]bool // «وانتقد موسكو لدعمها»: verbs whose object comes before a «لـ» reason
	receptions               map[string]bool // «كان في استقباله X»: X received him
	receive                  map[string]bool // «تلقى اتصالا من X»: the call came from X
	receiveAid               map[string]bool // «حصلت مصر على قروض من X»: X gave them
	undergoSanction          map[string]bool // «تعرضت موسكو لعقوبات أمريكية»: Moscow is sanctioned
	tiesNouns, cutVerbs      map[string]bool // «قطعت السعودية العلاقات مع قطر»
	poses                    map[string]bool // «تشكل تهديدا»: a danger described, no threat made
	nounAdjectives           map[string]bool // «مدفعي» in «قصف مدفعي»: the word before is a noun
	companies                map[string]bool // «شركة», «صحيفة»: a nationality on one, or on its name, is no state's act
	goods                    map[string]bool // «واردات»: duties on a state's goods fall on the state
	goodsOrigin              map[string]bool // «القادمة»: goods «القادمة من الصين» are China's
	figurativeWar            map[string]bool // «حرب نفسية»: a war of no arms
	doneBy                   phraseSet       // «تبناه», «أمرت بها»: after an attack noun, names who did it
	replyWords               map[string]bool // «ردا على»: what follows is answered, not struck
	sanctionReach            map[string]bool // «تستهدف» after a sanction: its object is sanctioned
	sanctionCauses           map[string]bool // «بسبب العقوبات الأمريكية»: the one hurt before it is sanctioned
	standNouns               map[string]bool // «وقوف البحرين إلى جانب»: its tail may follow its genitive
	allyNouns                map[string]bool // «حليف»: with a pronoun, the ally is named right after it
	femininePlurals          map[string]bool // «فصائل سورية»: broken plurals a feminine nisba qualifies
	claims                   map[string]bool // «أعلن مسؤوليته عن الهجوم»: the act claimed is the claimer's
	ranking                  map[string]bool // «أحد أبرز الداعمين»: a participle used as a noun
	tourNouns, tourVerbs     map[string]bool // «جولة تشمل مصر والأردن»: the stops of a tour (tourStops)
	otherTies                map[string]bool // «وجارة الصين»: a noun of another tie opens no list member
	documentSubjects         map[string]bool // «وحض القرار اليونان»: a text as a verb's subject (unknownSubject)
	halt                     map[string]bool // «تعليق التعاون», «أوقفت واشنطن مساعداتها»: ending a tie
	lift, quantifiers        map[string]bool // «رفع العقوبات», «بعض»: a sanction ended
	accuseOf                 map[string]bool // «اتهم X بدعم Y»: the backing after ب is the charge
	convict                  map[string]bool // «أدان»: after a court, a verdict (data/cues.yaml convict, convict_nouns)
	courts                   map[string]bool // «محكمة»: who convicts
	convictedPassive         map[string]bool // «أدين بالتجسس»: was convicted
	refugees                 map[string]bool // «اللاجئين السوريين»: people who fled, not their state
	ownedActs                map[string]bool // «القرار» in «رفضها للقرار الأمريكي»: a state's act or proposal
	approximators            map[string]bool // «نحو» in «تصل إلى نحو 60 مليارا»: words before an amount
	offers                   map[string]bool // «عرضا» in «رفضت تركيا عرضا من فرنسا»: what one offers or asks of another
	ownedActPreps            map[string]bool // «إزاء» in «غضبه إزاء العرض الفرنسي»
	timeClauses              map[string]bool // «بعدما»: opens a clause of its own
	suffer                   map[string]bool // «عانت فرنسا من هجمات»: the subject undergoes the act
	witness                  map[string]bool // «الهجوم الذي شهدته فرنسا»: the subject saw the act
	naming                   map[string]bool // «ما وصفه بسياسة تركيا»: what is condemned, in the accuser's words
	territory                map[string]bool // «الأراضي السورية»: a nisba after it names a place
	peoples                  map[string]bool // «للشعب الفلسطيني»: a nisba after it names the state given to
	boilerExact, boilerStart []string
	forces                   forceWords // «الجيش الوطني»: forces named without their state
	destFrames               []destinationFrame
	incidents                incidentWords   // «قتل 18 شخصا في انفجار»: acts with no side named
	wrongs                   wrongWords      // «أن روسيا انتهكت»: wrongdoing said of an actor
	callOff                  map[string]bool // «ألغى ترامب القمة», «تأجيل الزيارة»: a meeting that did not happen
	nameHeads                map[string]bool // «تحالف "دعم الشرعية"», «مؤتمر دعم سورية»: a bare act noun after one is the body's name
	callOffBetween           map[string]bool // «ألغى في وقت سابق القمة»
	haltBetween              map[string]bool // «أوقفت أكثر من نصف تمويلها»
	homonyms                 []homonym       // «عمان»: Oman or Amman
	contact                  contactWords    // «اتصال بنظيره»: a contact with its other side after it
	soughtPreps, seekWords   map[string]bool // «تأمل في التوصل»: an agreement sought
	seekVerbs                map[string]bool // «تنتظر تركيا التوصل»: reaching awaited
	succeed                  map[string]bool // «نجحت في التوصل»: one reached
	joint                    map[string]bool // «قمة ثلاثية»: all sides of a meeting meet
	under                    map[string]bool // «تحت رعاية»: the sponsor follows
	sideWords                map[string]bool // «جهة» of «من جهة … من جهة أخرى»
	allianceNouns            map[string]bool // «التحالف»: an alliance only with its sides named
	// watchdogs are monitors and rights groups, which report and speak
	// but neither fight, back nor broker («وفق المرصد السوري»); the acts
	// they may do and undergo.
	watchdogs                      map[string]bool
	watchdogActs, watchdogTargetOf map[Relation]bool
	recalledActs                   map[Relation]bool // what a speaker recalled from the sentence before does by speaking
	serialMeetings                 map[string]bool   // «زيارة», «اتصالات»: meetings one side holds with each of a list
	serialTalks                    map[string]bool   // «محادثات»: rounds of talks, held «مع» each of a list in turn
}

// phraseSet holds phrases of one or more normalized words.
type phraseSet map[string][][]string // first word → the remaining words of each phrase

func (p phraseSet) add(phrase string) {
	words := strings.Fields(arabic.Normalize(phrase))
	if len(words) == 0 {
		return
	}
	p[words[0]] = append(p[words[0]], words[1:])
}

// matchAt reports the length in tokens of a phrase of p starting at toks[i]
// (0 if none). The first word may carry the conjunction و or ف.
func (p phraseSet) matchAt(toks []arabic.Token, i int) int {
	return p.match(toks, i, conjReadings(toks[i].Norm))
}

// matchPeeledAt is matchAt where the first word may also carry a
// preposition or the article («باستئناف», «لمناقشة»). Not for particles
// such as ما, which peeling would find inside كما.
func (p phraseSet) matchPeeledAt(toks []arabic.Token, i int) int {
	return p.match(toks, i, arabic.Peel(toks[i].Norm))
}

func (p phraseSet) match(toks []arabic.Token, i int, firsts []string) int {
	best := 0
	for _, first := range firsts {
		for _, rest := range p[first] {
			if i+1+len(rest) > len(toks) {
				continue
			}
			ok := true
			for k, w := range rest {
				if toks[i+1+k].Norm != w {
					ok = false
					break
				}
			}
			if ok && 1+len(rest) > best {
				best = 1 + len(rest)
			}
		}
	}
	return best
}

// conjReadings returns w and, when it starts with the conjunction و or ف,
// w without it.
func conjReadings(w string) []string {
	if len(w) > 2*len("و") && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
		return []string{w, w[len("و"):]}
	}
	return []string{w}
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{triggers: map[string][]trigger{}}
	if err := lx.loadTriggers("data/triggers.yaml"); err != nil {
		return nil, err
	}
	if err := lx.loadCues("data/cues.yaml"); err != nil {
		return nil, err
	}
	if err := lx.loadBoilerplate("data/boilerplate.txt"); err != nil {
		return nil, err
	}
	names, err := loadWordList("data/given_names.txt")
	if err != nil {
		return nil, err
	}
	lx.givenNames = names
	if lx.crowds, err = loadWordList("data/crowds.txt"); err != nil {
		return nil, err
	}
	if lx.privatePeople, err = loadWordList("data/private.txt"); err != nil {
		return nil, err
	}
	if lx.objectPreps, err = loadObjectPreps("data/objects.yaml"); err != nil {
		return nil, err
	}
	if lx.forces, err = loadForces("data/forces.yaml"); err != nil {
		return nil, err
	}
	if lx.destFrames, err = loadDestinations("data/destinations.yaml"); err != nil {
		return nil, err
	}
	if lx.incidents, err = loadIncidents("data/incidents.yaml"); err != nil {
		return nil, err
	}
	if lx.wrongs, err = loadWrongdoing("data/wrongdoing.yaml"); err != nil {
		return nil, err
	}
	if lx.homonyms, err = loadHomonyms("data/homonyms.yaml"); err != nil {
		return nil, err
	}
	if lx.contact, err = loadContact("data/contact.yaml"); err != nil {
		return nil, err
	}
	if lx.modal, err = loadModality("data/modality.yaml", "data/triggers.yaml"); err != nil {
		return nil, err
	}
	return lx, nil
}

func (lx *lexicon) loadTriggers(name string) error {
	var entries []struct {
		Rel     Relation `yaml:"rel"`
		Verbs   []string `yaml:"verbs"`
		Nouns   []string `yaml:"nouns"`
		Passive []string `yaml:"passive"`
		Circ    []string `yaml:"circumstantial"`
		Part    []string `yaml:"participle"`
		Travel  []string `yaml:"travel"`
		Visit   []string `yaml:"visit"`
		Warn    []string `yaml:"warn"`
		Future  []string `yaml:"future"`
		Never   []string `yaml:"never"`
		Hamza   []string `yaml:"hamza"`
		Deny    []string `yaml:"deny"`
		Brand   []string `yaml:"brandish"`
		Levy    []string `yaml:"levy"`
	}
	if err := decodeData(name, &entries); err != nil {
		return err
	}
	for i, e := range entries {
		for j, h := range e.Hamza {
			e.Hamza[j] = arabic.Normalize(h)
		}
		if !e.Rel.Valid() {
			return fmt.Errorf("%s: entry %d: unknown relation %q", name, i+1, e.Rel)
		}
		for _, list := range []struct {
			verbs []string
			warn  bool
			deny  bool
			brand bool
		}{{e.Verbs, false, false, false}, {e.Warn, true, false, false}, {e.Deny, false, true, false}, {e.Brand, false, false, true}} {
			for _, v := range list.verbs {
				past, present, ok := strings.Cut(v, "|")
				if !ok {
					return fmt.Errorf("%s: %s: verb %q is not \"past|present\"", name, e.Rel, v)
				}
				// «حذر|يحذر من»: the words after the stems follow every form.
				past, tail, _ := strings.Cut(strings.TrimSpace(past), " ")
				present, ptail, _ := strings.Cut(strings.TrimSpace(present), " ")
				if tail == "" {
					tail = ptail // «حذر|يحذر من»: the words are written after the present stem
				}
				if tail != "" {
					tail = " " + tail
				}
				for _, f := range conjugate(past, present) {
					hamza := slices.Contains(e.Hamza, arabic.Normalize(f.form))
					lx.addTrigger(f.form+tail, trigger{rel: e.Rel, kind: verbTrigger, plural: f.plural, warn: list.warn, hamza: hamza, deny: list.deny, brandish: list.brand})
					lx.noteTense(f)
					lx.notePerson(f)
				}
			}
		}
		for _, v := range e.Future {
			past, present, ok := strings.Cut(v, "|")
			if !ok {
				return fmt.Errorf("%s: %s: future verb %q is not \"past|present\"", name, e.Rel, v)
			}
			present, tail, _ := strings.Cut(strings.TrimSpace(present), " ")
			if tail != "" {
				tail = " " + tail
			}
			for _, f := range conjugate(past, present) {
				if strings.HasPrefix(f.form, "س") {
					// A bare «سترد» names whom only through the act it
					// promises or a condition, as a brandished threat does.
					lx.addTrigger(f.form+tail, trigger{rel: e.Rel, kind: verbTrigger, plural: f.plural, brandish: tail == ""})
					lx.notePerson(f)
				}
			}
		}
		for _, v := range e.Never {
			past, present, ok := strings.Cut(v, "|")
			if !ok {
				return fmt.Errorf("%s: %s: never verb %q is not \"past|present\"", name, e.Rel, v)
			}
			for _, f := range conjugate(past, present) {
				if !f.past && !strings.HasPrefix(f.form, "س") {
					lx.addTrigger("لن "+f.form, trigger{rel: e.Rel, kind: verbTrigger, plural: f.plural, never: true})
				}
			}
		}
		for _, set := range []struct {
			what  string
			verbs []string
			t     trigger
		}{
			{"travel", e.Travel, trigger{rel: e.Rel, kind: verbTrigger, travel: true}},
			{"visit", e.Visit, trigger{rel: e.Rel, kind: verbTrigger, visit: true}},
		} {
			for _, v := range set.verbs {
				past, present, ok := strings.Cut(v, "|")
				if !ok {
					return fmt.Errorf("%s: %s: %s verb %q is not \"past|present\"", name, e.Rel, set.what, v)
				}
				for _, f := range conjugate(past, present) {
					t := set.t
					t.plural = f.plural
					lx.addTrigger(f.form, t)
					lx.noteTense(f)
					lx.notePerson(f)
				}
			}
		}
		for _, n := range e.Nouns {
			lx.addTrigger(n, trigger{rel: e.Rel, kind: nounTrigger})
		}
		for _, n := range e.Levy {
			lx.addTrigger(n, trigger{rel: e.Rel, kind: nounTrigger, levy: true})
		}
		for _, p := range e.Passive {
			lx.addTrigger(p, trigger{rel: e.Rel, kind: passiveTrigger})
		}
		for _, c := range e.Circ {
			lx.addTrigger(c, trigger{rel: e.Rel, kind: circumstantialTrigger})
		}
		for _, p := range e.Part {
			lx.addTrigger(p, trigger{rel: e.Rel, kind: participleTrigger})
		}
	}
	return nil
}

// noteTense records whether a trigger verb's form is past or present, so
// that pastOnly can tell «قد تحدث» (he did talk) from «قد تلتقي» (may meet).
func (lx *lexicon) noteTense(f verbForm) {
	if lx.verbTense == nil {
		lx.verbTense = map[string]uint8{}
	}
	if f.past {
		lx.verbTense[f.form] |= 1
	} else {
		lx.verbTense[f.form] |= 2
	}
}

// notePerson records whether a trigger verb's form speaks in the first
// person, so that firstPersonOnly can tell «ندعم» (we support) from
// «نفذت» (she carried out), which only looks like it.
func (lx *lexicon) notePerson(f verbForm) {
	if lx.verbPerson == nil {
		lx.verbPerson = map[string]uint8{}
	}
	if f.first {
		lx.verbPerson[f.form] |= 1
	} else {
		lx.verbPerson[f.form] |= 2
	}
}

// firstPersonOnly reports whether w is a trigger verb's form in the first
// person that is no third-person form of any trigger verb.
func (lx *lexicon) firstPersonOnly(w string) bool { return lx.verbPerson[w] == 1 }

// timeWord reports whether w, with or without a leading «و»/«ف», is a word
// of time. The whole word is tried too: «فجر الأحد» (at dawn on Sunday)
// begins with a letter that also spells the conjunction «ف».
func (lx *lexicon) timeWord(w string) bool {
	return lx.timeWords[w] || lx.timeWords[stripConj(w)]
}

// pastOnly reports whether w is a trigger verb's past form that is no
// present form of any trigger verb («تحدث», «توصلت», «تلقى»).
func (lx *lexicon) pastOnly(w string) bool { return lx.verbTense[w] == 1 }

func (lx *lexicon) addTrigger(phrase string, t trigger) {
	words := strings.Fields(arabic.Normalize(phrase))
	if len(words) == 0 {
		return
	}
	t.rest = words[1:]
	if t.kind == verbTrigger && len(t.rest) > 0 {
		t.tailPrep = t.rest[len(t.rest)-1]
	}
	list := lx.triggers[words[0]]
	for _, o := range list {
		if o.rel == t.rel && o.kind == t.kind && o.plural == t.plural && o.travel == t.travel && o.visit == t.visit && o.warn == t.warn && o.hamza == t.hamza && o.deny == t.deny && o.brandish == t.brandish && o.levy == t.levy && strings.Join(o.rest, " ") == strings.Join(t.rest, " ") {
			return
		}
	}
	list = append(list, t)
	// Longest first, so «تطبيع العلاقات» wins over «تطبيع».
	for i := len(list) - 1; i > 0 && len(list[i].rest) > len(list[i-1].rest); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	lx.triggers[words[0]] = list
}

// verbForm is one conjugated, normalized form of a verb.
type verbForm struct {
	form   string
	plural bool // agrees with a dual or plural subject
	past   bool
	first  bool // the speaker's own: «ندعم», «سنرد», «التقينا», «أدين»
}

// conjugate returns the common forms of a verb from its past and present
// stems in the 3rd person masculine singular: past and present of the
// singular, dual and plural, 1st person plural, and the future with س. The
// forms are normalized. Broken by weak roots only where news rarely uses them.
func conjugate(past, present string) []verbForm {
	past, present = arabic.Normalize(past), arabic.Normalize(present)
	var forms []verbForm
	isPast := true
	sing := func(f ...string) {
		for _, x := range f {
			forms = append(forms, verbForm{form: x, past: isPast})
		}
	}
	plur := func(f ...string) {
		for _, x := range f {
			forms = append(forms, verbForm{form: x, plural: true, past: isPast})
		}
	}
	first := func(f ...string) {
		for _, x := range f {
			forms = append(forms, verbForm{form: x, plural: true, past: isPast, first: true})
		}
	}
	switch {
	case strings.HasSuffix(past, "ي"): // التقى (normalized التقي)
		s := strings.TrimSuffix(past, "ي")
		sing(past, s+"ت")
		plur(s+"يا", s+"تا", s+"وا")
		first(s + "ينا")
	case strings.HasSuffix(past, "ا"): // دعا
		s := strings.TrimSuffix(past, "ا")
		sing(past, s+"ت")
		plur(s+"وا", s+"تا")
		first(s + "ونا")
	default:
		sing(past, past+"ت")
		plur(past+"ا", past+"تا", past+"وا")
		first(past + "نا")
	}
	base, ok := strings.CutPrefix(present, "ي")
	if !ok {
		return forms
	}
	isPast = false
	var ps, pp []string
	for _, p := range []string{"ي", "ت", "ن", "ا"} {
		ps = append(ps, p+base)
	}
	switch {
	case strings.HasSuffix(base, "ي"): // يلتقي
		s := strings.TrimSuffix(base, "ي")
		pp = append(pp, "ي"+base+"ان", "ت"+base+"ان", "ي"+s+"ون", "ت"+s+"ون", "ي"+s+"وا", "ي"+base+"ا")
	case strings.HasSuffix(base, "و"): // يدعو
		pp = append(pp, "ي"+base+"ن", "ت"+base+"ن", "ي"+base+"ان", "ت"+base+"ان", "ي"+base+"ا")
	default:
		pp = append(pp, "ي"+base+"ان", "ت"+base+"ان", "ي"+base+"ون", "ت"+base+"ون", "ي"+base+"وا", "ي"+base+"ا")
	}
	for _, p := range ps {
		switch {
		case strings.HasPrefix(p, "ن"):
			forms = append(forms, verbForm{form: p, first: true}, verbForm{form: "س" + p, first: true})
		case strings.HasPrefix(p, "ا"):
			// «اطرد» is as often the imperative; «سأزور» is the speaker's.
			sing(p)
			forms = append(forms, verbForm{form: "س" + p, first: true})
		default:
			sing(p, "س"+p)
		}
	}
	for _, p := range pp {
		plur(p, "س"+p)
	}
	return forms
}

func (lx *lexicon) loadCues(name string) error {
	var c struct {
		Negation         []string            `yaml:"negation"`
		PayVerbs         []string            `yaml:"pay_verbs"`
		Consequences     []string            `yaml:"consequences"`
		Penalties        []string            `yaml:"penalties"`
		NotNegation      []string            `yaml:"not_negation"`
		AnyQuantifier    []string            `yaml:"any_quantifier"`
		ModalityBefore   []string            `yaml:"modality_before"`
		ModalityAfter    []string            `yaml:"modality_after"`
		Condition        []string            `yaml:"condition"`
		SpeakerPhrases   []string            `yaml:"speaker_phrases"`
		ModalityLater    []string            `yaml:"modality_later"`
		FutureLater      []string            `yaml:"future_later"`
		FutureCopula     []string            `yaml:"future_copula"`
		Planned          []string            `yaml:"planned"`
		PlannedClause    []string            `yaml:"planned_clause"`
		FutureTime       []string            `yaml:"future_time"`
		FutureParticles  []string            `yaml:"future_particles"`
		FutureEffort     []string            `yaml:"future_effort"`
		MeetingHold      []string            `yaml:"meeting_hold_verbs"`
		AwaitNouns       []string            `yaml:"await_nouns"`
		AwaitAdj         []string            `yaml:"await_adjectives"`
		SetMeetingAdj    []string            `yaml:"set_meeting_adjectives"`
		MeetingDoubt     []string            `yaml:"meeting_doubt"`
		Held             []string            `yaml:"held"`
		Sport            []string            `yaml:"sport"`
		Tournaments      []string            `yaml:"tournaments"`
		DenialWords      []string            `yaml:"denial_words"`
		Conclude         []string            `yaml:"conclude"`
		Sign             []string            `yaml:"sign"`
		SignNouns        []string            `yaml:"sign_nouns"`
		ReachNouns       []string            `yaml:"reach_nouns"`
		RequestNouns     []string            `yaml:"request_nouns"`
		Agencies         []string            `yaml:"agencies"`
		NotTriggers      []string            `yaml:"not_triggers"`
		Fixed            []string            `yaml:"fixed_expressions"`
		PlaceNouns       []string            `yaml:"place_nouns"`
		StrikeNouns      []string            `yaml:"strike_nouns"`
		Separately       []string            `yaml:"separately"`
		BattleNouns      []string            `yaml:"battle_nouns"`
		DefeatWords      []string            `yaml:"defeat_words"`
		AuthoredAfterL   []string            `yaml:"authored_after_l"`
		ReleaseNouns     []string            `yaml:"release_nouns"`
		ClaimNouns       []string            `yaml:"claim_nouns"`
		Envoys           []string            `yaml:"envoys"`
		CaseNouns        []string            `yaml:"case_nouns"`
		OngoingSince     []string            `yaml:"ongoing_since"`
		OnsetNouns       []string            `yaml:"onset_nouns"`
		PurposeNouns     []string            `yaml:"purpose_nouns"`
		AgainstWords     []string            `yaml:"against_words"`
		YearLeads        []string            `yaml:"year_leads"`
		ContestNouns     []string            `yaml:"contest_nouns"`
		ExpelNouns       []string            `yaml:"expel_nouns"`
		RecallVerbs      []string            `yaml:"recall_verbs"`
		DriveOutNouns    []string            `yaml:"drive_out_nouns"`
		FreeFromNouns    []string            `yaml:"free_from_nouns"`
		HoldNouns        []string            `yaml:"hold_nouns"`
		DroppedGoods     []string            `yaml:"dropped_goods"`
		WithdrawStems    []string            `yaml:"withdraw_stems"`
		WithdrawnGoods   []string            `yaml:"withdrawn_goods"`
		RetreatUndone    []string            `yaml:"retreat_undone"`
		SportWords       []string            `yaml:"sport_words"`
		DescribeAs       []string            `yaml:"describe_as"`
		Praise           []string            `yaml:"praise"`
		SoughtAfter      []string            `yaml:"sought_after"`
		BetweenHeads     []string            `yaml:"between_heads"`
		GiveVerbs        []string            `yaml:"give_verbs"`
		GiftNouns        []string            `yaml:"gift_nouns"`
		GiftSums         []string            `yaml:"gift_sums"`
		Currencies       []string            `yaml:"currencies"`
		CompoundOn       []string            `yaml:"compound_on"`
		Charged          []string            `yaml:"charged"`
		Undergo          []string            `yaml:"undergo"`
		VisitNouns       []string            `yaml:"visit_nouns"`
		Intent           []string            `yaml:"intent"`
		ThreatIntent     []string            `yaml:"threat_intent"`
		LightVerbs       []string            `yaml:"light_verbs"`
		CarrierVerbs     []string            `yaml:"carrier_verbs"`
		MeetingPronoun   []string            `yaml:"meeting_pronoun_verbs"`
		StrikeVerbs      []string            `yaml:"strike_verbs"`
		DecideVerbs      []string            `yaml:"decide_verbs"`
		LightMasdars     []string            `yaml:"light_masdars"`
		ControlVerbs     []string            `yaml:"control_verbs"`
		DecisionNouns    []string            `yaml:"decision_nouns"`
		SessionBodies    []string            `yaml:"session_bodies"`
		NegatedAux       []string            `yaml:"negated_aux"`
		ActMasdars       []string            `yaml:"act_masdars"`
		Express          []string            `yaml:"express"`
		SpeechVerbs      []string            `yaml:"speech_verbs"`
		ClauseSpeech     []string            `yaml:"clause_speech_verbs"`
		Describe         []string            `yaml:"describe"`
		Personal         []string            `yaml:"personal_pronouns"`
		Masculine        []string            `yaml:"masculine_states"`
		Blame            []string            `yaml:"blame"`
		BlameBy          []string            `yaml:"blame_by"`
		DirectedTo       []string            `yaml:"directed_to"`
		AnswerVerbs      []string            `yaml:"answer_verbs"`
		AnswerNouns      []string            `yaml:"answer_nouns"`
		DenyCharge       []string            `yaml:"deny_charge"`
		DenyChargeWords  []string            `yaml:"deny_charge_words"`
		DenyFillers      []string            `yaml:"deny_fillers"`
		StatementNouns   []string            `yaml:"statement_nouns"`
		AddressedStmts   []string            `yaml:"addressed_statements"`
		IssuedWords      []string            `yaml:"issued_words"`
		GroundsNouns     []string            `yaml:"grounds_nouns"`
		GroundsBefore    []string            `yaml:"grounds_before"`
		Responsibility   []string            `yaml:"responsibility"`
		BlameBearing     []string            `yaml:"blame_bearing"`
		Responsible      []string            `yaml:"responsible"`
		Copula           []string            `yaml:"copula"`
		Endangered       []string            `yaml:"endangered"`
		Become           []string            `yaml:"become"`
		Denial           []string            `yaml:"denial"`
		Refuse           []string            `yaml:"refuse"`
		RefuseNouns      []string            `yaml:"refuse_nouns"`
		Anaphoric        []string            `yaml:"anaphoric"`
		TimeWords        []string            `yaml:"time_words"`
		Manner           []string            `yaml:"manner"`
		ListCompanions   []string            `yaml:"list_companions"`
		WarnedOf         []string            `yaml:"warned_of"`
		ExpelVerbs       []string            `yaml:"expel_verbs"`
		DiscussVerbs     []string            `yaml:"discuss_verbs"`
		InviteTo         []string            `yaml:"invite_to"`
		CallToComply     []string            `yaml:"call_to_comply"`
		CallMarks        []string            `yaml:"call_marks"`
		StateOfAffairs   []string            `yaml:"state_of_affairs"`
		InviteFrames     []string            `yaml:"invite_frames"`
		AcceptWords      []string            `yaml:"accept_invitation"`
		ReceiveInvite    []string            `yaml:"receive_invitation"`
		InviteSent       []string            `yaml:"invite_sent"`
		HandInvite       []string            `yaml:"hand_invitation"`
		OfferVerbs       []string            `yaml:"offer_verbs"`
		NotOffer         []string            `yaml:"not_offer"`
		AgentTriggers    []string            `yaml:"agent_triggers"`
		AllyPredicates   []string            `yaml:"ally_predicates"`
		NotName          []string            `yaml:"not_name"`
		Spokesmen        []string            `yaml:"spokesmen"`
		Former           []string            `yaml:"former"`
		ArabicScript     []string            `yaml:"arabic_script"`
		Acting           []string            `yaml:"acting"`
		InCharge         []string            `yaml:"in_charge"`
		NameLinks        []string            `yaml:"name_links"`
		Honorifics       []string            `yaml:"honorifics"`
		HolderPlurals    []string            `yaml:"holder_plurals"`
		OfficeHeads      []string            `yaml:"office_heads"`
		ContrastOpeners  []string            `yaml:"contrast_openers"`
		SpeakerOwn       []string            `yaml:"speaker_own"`
		Existential      []string            `yaml:"existential"`
		With             []string            `yaml:"with"`
		Between          []string            `yaml:"between"`
		Against          []string            `yaml:"against"`
		To               []string            `yaml:"to"`
		From             []string            `yaml:"from"`
		Locative         []string            `yaml:"locative"`
		Within           []string            `yaml:"within"`
		TimeSpans        []string            `yaml:"time_spans"`
		Relative         []string            `yaml:"relative"`
		Gather           []string            `yaml:"gather"`
		Exchange         []string            `yaml:"exchange"`
		Mutual           []string            `yaml:"mutual"`
		Resumptive       []string            `yaml:"resumptive"`
		AntecedentPreps  []string            `yaml:"antecedent_preps"`
		Complementizer   []string            `yaml:"complementizer"`
		NeedNouns        []string            `yaml:"need_nouns"`
		Wants            []string            `yaml:"wants"`
		AdjunctOpeners   []string            `yaml:"adjunct_openers"`
		Parties          []string            `yaml:"parties"`
		Inclusion        []string            `yaml:"inclusion"`
		Dual             []string            `yaml:"dual"`
		DualKindHeads    []string            `yaml:"dual_kind_heads"`
		CollectiveHeads  []string            `yaml:"collective_heads"`
		DualPeople       []string            `yaml:"dual_people"`
		DualStates       []string            `yaml:"dual_states"`
		DualNisbaPairs   map[string][]string `yaml:"dual_nisba_pairs"`
		Loyal            []string            `yaml:"loyal"`
		FunctionWords    []string            `yaml:"function_words"`
		Topic            []string            `yaml:"topic"`
		OwnCountry       []string            `yaml:"own_country"`
		Circumstance     []string            `yaml:"circumstance"`
		CircumstanceWith []string            `yaml:"circumstance_with"`
		SpanQualifiers   []string            `yaml:"span_qualifiers"`
		BeforeTime       []string            `yaml:"before_time"`
		BarePreps        []string            `yaml:"bare_preps"`
		NegatingNouns    []string            `yaml:"negating_nouns"`
		MemberPronouns   []string            `yaml:"member_pronouns"`
		AgentNouns       []string            `yaml:"agent_nouns"`
		SaidThat         []string            `yaml:"said_that"`
		RecalledSpeakers []string            `yaml:"recalled_speakers"`
		RecalledOf       []string            `yaml:"recalled_speaker_of"`
		SpeechOpeners    []string            `yaml:"speech_openers"`
		RecalledActs     []Relation          `yaml:"recalled_speaker_acts"`
		SpeechParts      []string            `yaml:"speech_participles"`
		ReportedThat     []string            `yaml:"reported_that"`
		Impersonal       []string            `yaml:"impersonal_report"`
		AllyApposition   []string            `yaml:"ally_apposition"`
		Auxiliary        []string            `yaml:"auxiliary"`
		ClauseOpeners    []string            `yaml:"clause_openers"`
		ContrastPronoun  []string            `yaml:"contrast_pronouns"`
		ObjClauseOpeners []string            `yaml:"object_clause_openers"`
		BlameVerbs       []string            `yaml:"blame_verbs"`
		PraiseVerbs      []string            `yaml:"praise_verbs"`
		BlameWords       []string            `yaml:"blame_words"`
		ObjectThenLi     []string            `yaml:"object_then_li"`
		Receptions       []string            `yaml:"receptions"`
		Receive          []string            `yaml:"receive"`
		PoseVerbs        []string            `yaml:"pose_verbs"`
		PoseWords        []string            `yaml:"pose_words"`
		NounAdjectives   []string            `yaml:"noun_adjectives"`
		FemininePlural   []string            `yaml:"feminine_plurals"`
		Claims           []string            `yaml:"claims"`
		ReceiveAid       []string            `yaml:"receive_aid"`
		ReceiveAidNouns  []string            `yaml:"receive_aid_nouns"`
		UndergoSanc      []string            `yaml:"undergo_sanction"`
		TiesNouns        []string            `yaml:"ties_nouns"`
		CutVerbs         []string            `yaml:"cut_verbs"`
		Ranking          []string            `yaml:"ranking"`
		TourNouns        []string            `yaml:"tour_nouns"`
		TourVerbs        []string            `yaml:"tour_verbs"`
		OtherTies        []string            `yaml:"other_ties"`
		DocSubjects      []string            `yaml:"document_subjects"`
		Halt             []string            `yaml:"halt"`
		Lift             []string            `yaml:"lift"`
		LiftVerbs        []string            `yaml:"lift_verbs"`
		Quantifiers      []string            `yaml:"quantifiers"`
		HaltVerbs        []string            `yaml:"halt_verbs"`
		NotSurname       []string            `yaml:"not_surname"`
		Companies        []string            `yaml:"companies"`
		Goods            []string            `yaml:"goods"`
		GoodsOrigin      []string            `yaml:"goods_origin"`
		FigurativeWar    []string            `yaml:"figurative_war"`
		DoneBy           []string            `yaml:"done_by"`
		ReplyWords       []string            `yaml:"reply_words"`
		SanctionReach    []string            `yaml:"sanction_reach"`
		SanctionCauses   []string            `yaml:"sanction_causes"`
		StandNouns       []string            `yaml:"stand_nouns"`
		NotActors        []string            `yaml:"not_actors"`
		Seats            []string            `yaml:"seats"`
		AdjectiveNames   []string            `yaml:"adjective_names"`
		StateHeads       []string            `yaml:"state_heads"`
		AllyNouns        []string            `yaml:"ally_nouns"`
		AccuseOf         []string            `yaml:"accuse_of"`
		Suffer           []string            `yaml:"suffer"`
		Witness          []string            `yaml:"witness"`
		Naming           []string            `yaml:"naming"`
		Territory        []string            `yaml:"territory"`
		Peoples          []string            `yaml:"peoples"`
		AccuseOfNouns    []string            `yaml:"accuse_of_nouns"`
		Convict          []string            `yaml:"convict"`
		ConvictNouns     []string            `yaml:"convict_nouns"`
		Courts           []string            `yaml:"courts"`
		ConvictedPassive []string            `yaml:"convicted_passive"`
		Refugees         []string            `yaml:"refugees"`
		OwnedActs        []string            `yaml:"owned_acts"`
		Offers           []string            `yaml:"offers"`
		Approximators    []string            `yaml:"approximators"`
		OwnedActPreps    []string            `yaml:"owned_act_preps"`
		TimeClauses      []string            `yaml:"time_clauses"`
		CallOff          []string            `yaml:"call_off"`
		NameHeads        []string            `yaml:"name_heads"`
		CallOffVerbs     []string            `yaml:"call_off_verbs"`
		CallOffBetween   []string            `yaml:"call_off_between"`
		HaltBetween      []string            `yaml:"halt_between"`
		SoughtPreps      []string            `yaml:"sought_preps"`
		SeekVerbs        []string            `yaml:"seek_verbs"`
		SeekWords        []string            `yaml:"seek_words"`
		Succeed          []string            `yaml:"succeed"`
		Joint            []string            `yaml:"joint"`
		Under            []string            `yaml:"under"`
		SideWords        []string            `yaml:"side_words"`
		AllianceNouns    []string            `yaml:"alliance_nouns"`
		Watchdogs        []string            `yaml:"watchdogs"`
		WatchdogActs     []Relation          `yaml:"watchdog_acts"`
		WatchdogTarget   []Relation          `yaml:"watchdog_target_of"`
		SerialMeetings   []string            `yaml:"serial_meetings"`
		SerialTalks      []string            `yaml:"serial_talks"`
		ObjectThenBi     []string            `yaml:"object_then_bi"`
		ObjectThenAla    []string            `yaml:"object_then_ala"`
		AccusedBeforeBi  []string            `yaml:"accused_before_bi"`
		NotBiComplement  []string            `yaml:"not_bi_complement"`
		SufferedUnder    []string            `yaml:"suffered_under"`
		ObjectPronouns   []string            `yaml:"object_pronouns"`
		Describing       []string            `yaml:"describing_participles"`
		Repel            []string            `yaml:"repel"`
		RepelNouns       []string            `yaml:"repel_nouns"`
		FormalProtest    []string            `yaml:"formal_protest"`
		FormalProtestN   []string            `yaml:"formal_protest_nouns"`
		EraLeads         []string            `yaml:"era_leads"`
		PastEras         []string            `yaml:"past_eras"`
	}
	if err := decodeData(name, &c); err != nil {
		return err
	}
	verbs := func(list []string) (map[string]bool, error) { return conjugatedSet(name, list) }
	lx.negation, lx.notNegation = phrasesOf(c.Negation), phrasesOf(c.NotNegation)
	lx.anyQuantifier = wordSet(c.AnyQuantifier)
	lx.modalityBefore, lx.modalityAfter = phrasesOf(c.ModalityBefore), phrasesOf(c.ModalityAfter)
	lx.eraLeads, lx.pastEras = wordSet(c.EraLeads), phrasesOf(c.PastEras)
	lx.intent, lx.inclusion = phrasesOf(c.Intent), phrasesOf(c.Inclusion)
	lx.threatIntent = phrasesOf(c.ThreatIntent)
	lx.modalityLater = wordSet(c.ModalityLater)
	lx.condition = phrasesOf(c.Condition)
	lx.speakerPhrases = phrasesOf(c.SpeakerPhrases)
	lx.futureLater, lx.futureTime = wordSet(c.FutureLater), wordSet(c.FutureTime)
	lx.futureParticles = wordSet(c.FutureParticles)
	lx.futureCopula, lx.planned = wordSet(c.FutureCopula), phrasesOf(c.Planned)
	lx.plannedClause = phrasesOf(c.PlannedClause)
	lx.decisionNouns = wordSet(c.DecisionNouns)
	lx.negatedAux = wordSet(c.NegatedAux)
	lx.sessionBodies = map[string]bool{}
	for _, id := range c.SessionBodies {
		lx.sessionBodies[id] = true
	}
	lx.awaitNouns, lx.awaitAdj = wordSet(c.AwaitNouns), wordSet(c.AwaitAdj)
	lx.setMeetingAdj, lx.meetingDoubt = wordSet(c.SetMeetingAdj), wordSet(c.MeetingDoubt)
	lx.held = wordSet(c.Held)
	lx.sport, lx.tournaments = phrasesOf(c.Sport), phrasesOf(c.Tournaments)
	lx.denialWords, lx.agencies = phrasesOf(c.DenialWords), phrasesOf(c.Agencies)
	lx.notActors, lx.allyNouns = phrasesOf(c.NotActors), wordSet(c.AllyNouns)
	lx.seats = wordSet(c.Seats)
	lx.adjectiveNames, lx.stateHeads = wordSet(c.AdjectiveNames), wordSet(c.StateHeads)
	lx.conclude, lx.requestNouns = wordSet(c.Conclude), wordSet(c.RequestNouns)
	lx.sign, lx.signNouns = wordSet(c.Sign), wordSet(c.SignNouns)
	lx.reachNouns = wordSet(c.ReachNouns)
	lx.notTriggers = wordSet(c.NotTriggers)
	lx.fixed = phrasesOf(c.Fixed)
	lx.placeNouns, lx.visitNouns = wordSet(c.PlaceNouns), wordSet(c.VisitNouns)
	lx.strikeNouns, lx.separately = wordSet(c.StrikeNouns), phrasesOf(c.Separately)
	lx.battleNouns, lx.undergo = wordSet(c.BattleNouns), wordSet(c.Undergo)
	lx.defeatWords = wordSet(c.DefeatWords)
	lx.authoredAfterL = wordSet(c.AuthoredAfterL)
	lx.releaseNouns, lx.envoys = wordSet(c.ReleaseNouns), wordSet(c.Envoys)
	lx.claimNouns = wordSet(c.ClaimNouns)
	lx.caseNouns = wordSet(c.CaseNouns)
	lx.ongoingSince, lx.onsetNouns = wordSet(c.OngoingSince), wordSet(c.OnsetNouns)
	lx.purposeNouns, lx.expelNouns = wordSet(c.PurposeNouns), wordSet(c.ExpelNouns)
	lx.againstWords, lx.yearLeads = wordSet(c.AgainstWords), wordSet(c.YearLeads)
	lx.contestNouns = wordSet(c.ContestNouns)
	lx.driveOutNouns, lx.freeFromNouns = wordSet(c.DriveOutNouns), wordSet(c.FreeFromNouns)
	lx.holdNouns = wordSet(c.HoldNouns)
	lx.droppedGoods, lx.sportWords = wordSet(c.DroppedGoods), phrasesOf(c.SportWords)
	lx.withdrawnGoods, lx.retreatUndone = wordSet(c.WithdrawnGoods), wordSet(c.RetreatUndone)
	for _, w := range c.WithdrawStems {
		lx.withdrawStems = append(lx.withdrawStems, arabic.Normalize(w))
	}
	lx.tiesNouns = wordSet(c.TiesNouns)
	lx.describeAs, lx.praise = wordSet(c.DescribeAs), wordSet(c.Praise)
	lx.soughtAfter = wordSet(c.SoughtAfter)
	lx.betweenHeads = wordSet(c.BetweenHeads)
	lx.giveVerbs, lx.giftNouns = wordSet(c.GiveVerbs), wordSet(c.GiftNouns)
	lx.giftSums, lx.currencies = wordSet(c.GiftSums), wordSet(c.Currencies)
	lx.compoundOn, lx.charged = wordSet(c.CompoundOn), wordSet(c.Charged)
	lx.lightMasdars = wordSet(c.LightMasdars)
	lx.courts, lx.timeClauses = wordSet(c.Courts), wordSet(c.TimeClauses)
	lx.convictedPassive, lx.refugees = wordSet(c.ConvictedPassive), wordSet(c.Refugees)
	lx.ownedActs, lx.ownedActPreps = wordSet(c.OwnedActs), wordSet(c.OwnedActPreps)
	lx.offers = wordSet(c.Offers)
	lx.approximators = wordSet(c.Approximators)
	for _, set := range []struct {
		dst  *map[string]bool
		list []string
	}{
		{&lx.lightVerbs, c.LightVerbs}, {&lx.carrierVerbs, c.CarrierVerbs}, {&lx.meetingPronoun, c.MeetingPronoun}, {&lx.futureEffort, c.FutureEffort}, {&lx.meetingHold, c.MeetingHold}, {&lx.decideVerbs, c.DecideVerbs}, {&lx.controlVerbs, c.ControlVerbs},
		{&lx.expelVerbs, c.ExpelVerbs}, {&lx.express, c.Express}, {&lx.speechVerbs, c.SpeechVerbs}, {&lx.clauseSpeechVerbs, c.ClauseSpeech},
		{&lx.receive, c.Receive}, {&lx.poses, c.PoseVerbs}, {&lx.describe, c.Describe}, {&lx.denial, c.Denial}, {&lx.refuse, c.Refuse},
		{&lx.accuseOf, c.AccuseOf}, {&lx.convict, c.Convict}, {&lx.strikeVerbs, c.StrikeVerbs}, {&lx.discussVerbs, c.DiscussVerbs},
		{&lx.suffer, c.Suffer}, {&lx.repel, c.Repel}, {&lx.witness, c.Witness}, {&lx.naming, c.Naming},
		{&lx.receiveAid, c.ReceiveAid}, {&lx.undergoSanction, c.UndergoSanc}, {&lx.cutVerbs, c.CutVerbs},
		{&lx.objectThenBi, c.ObjectThenBi}, {&lx.objectThenAla, c.ObjectThenAla}, {&lx.accusedBeforeBi, c.AccusedBeforeBi},
		{&lx.blameBy, c.BlameBy}, {&lx.answerVerbs, c.AnswerVerbs}, {&lx.denyCharge, c.DenyCharge},
		{&lx.blameVerbs, c.BlameVerbs}, {&lx.objectThenLi, c.ObjectThenLi}, {&lx.formalProtest, c.FormalProtest},
		{&lx.praiseVerbs, c.PraiseVerbs}, {&lx.recallVerbs, c.RecallVerbs},
	} {
		forms, err := verbs(set.list)
		if err != nil {
			return err
		}
		*set.dst = forms
	}
	for w := range wordSet(c.ConvictNouns) {
		lx.convict[w] = true
	}
	// «تلقي المعارضة دعما من تركيا»: the verbal noun governs as its verb does.
	for w := range wordSet(c.ReceiveAidNouns) {
		lx.receiveAid[w] = true
	}
	for w := range wordSet(c.RepelNouns) {
		lx.repel[w] = true
	}
	for w := range wordSet(c.FormalProtestN) {
		lx.formalProtest[w] = true
	}
	for w := range wordSet(c.PoseWords) {
		lx.poses[w] = true
	}
	lx.personal = wordSet(c.Personal)
	lx.masculineStates = make(map[string]bool, len(c.Masculine))
	for _, id := range c.Masculine {
		lx.masculineStates[id] = true
	}
	lx.actMasdars = wordSet(c.ActMasdars)
	lx.blame, lx.responsibility = wordSet(c.Blame), wordSet(c.Responsibility)
	lx.blameBearing = wordSet(c.BlameBearing)
	lx.directedTo, lx.answerNouns = wordSet(c.DirectedTo), wordSet(c.AnswerNouns)
	lx.denyChargeWords, lx.statementNouns = phrasesOf(c.DenyChargeWords), wordSet(c.StatementNouns)
	lx.addressedStatements = wordSet(c.AddressedStmts)
	lx.issuedWords = wordSet(c.IssuedWords)
	lx.denyFillers = wordSet(c.DenyFillers)
	for w := range wordSet(c.RefuseNouns) {
		lx.refuse[w] = true
	}
	lx.groundsNouns, lx.groundsBefore = wordSet(c.GroundsNouns), wordSet(c.GroundsBefore)
	lx.responsible, lx.copula = wordSet(c.Responsible), wordSet(c.Copula)
	lx.endangered, lx.become = wordSet(c.Endangered), wordSet(c.Become)
	lx.anaphoric, lx.timeWords = wordSet(c.Anaphoric), wordSet(c.TimeWords)
	lx.manner, lx.agentTriggers = phrasesOf(c.Manner), wordSet(c.AgentTriggers)
	lx.listCompanions = phrasesOf(c.ListCompanions)
	lx.warnedOf, lx.inviteTo = wordSet(c.WarnedOf), wordSet(c.InviteTo)
	lx.callToComply, lx.callMarks = wordSet(c.CallToComply), wordSet(c.CallMarks)
	lx.stateOfAffairs = wordSet(c.StateOfAffairs)
	lx.inviteFrames, lx.acceptWords = wordSet(c.InviteFrames), wordSet(c.AcceptWords)
	lx.receiveInvite, lx.inviteSent, lx.handInvite = wordSet(c.ReceiveInvite), wordSet(c.InviteSent), wordSet(c.HandInvite)
	lx.notOffer = wordSet(c.NotOffer)
	offerVerbs, err := verbs(c.OfferVerbs)
	if err != nil {
		return err
	}
	for w := range lx.notOffer {
		delete(offerVerbs, w) // «تعرض» is also "was exposed"
	}
	lx.offerVerbs = offerVerbs
	lx.objectPronouns, lx.describing = wordSet(c.ObjectPronouns), wordSet(c.Describing)
	lx.notBiComplement = wordSet(c.NotBiComplement)
	lx.sufferedUnder = wordSet(c.SufferedUnder)
	lx.allyPredicates = wordSet(c.AllyPredicates)
	lx.notName, lx.honorifics = wordSet(c.NotName), wordSet(c.Honorifics)
	lx.spokesmen = wordSet(c.Spokesmen)
	lx.holderPlurals = wordSet(c.HolderPlurals)
	lx.officeHeads = wordSet(c.OfficeHeads)
	lx.contrastOpeners = phrasesOf(c.ContrastOpeners)
	lx.former = wordSet(c.Former)
	lx.arabicScript = make(map[string]bool, len(c.ArabicScript))
	for _, code := range c.ArabicScript {
		lx.arabicScript[code] = true
	}
	lx.acting, lx.inCharge = wordSet(c.Acting), wordSet(c.InCharge)
	lx.speakerOwn, lx.existential = wordSet(c.SpeakerOwn), wordSet(c.Existential)
	lx.nameLinks = wordSet(c.NameLinks)
	lx.notSurname = wordSet(c.NotSurname)
	lx.with, lx.between, lx.against = wordSet(c.With), wordSet(c.Between), wordSet(c.Against)
	lx.to, lx.from, lx.locative = wordSet(c.To), wordSet(c.From), wordSet(c.Locative)
	lx.within = wordSet(c.Within)
	lx.timeSpans = wordSet(c.TimeSpans)
	lx.relative, lx.dual = wordSet(c.Relative), wordSet(c.Dual)
	lx.dualKindHeads = wordSet(c.DualKindHeads)
	lx.collectiveHeads = wordSet(c.CollectiveHeads)
	lx.resumptive, lx.dualPeople = wordSet(c.Resumptive), wordSet(c.DualPeople)
	lx.antecedentPreps = wordSet(c.AntecedentPreps)
	lx.dualStates = wordSet(c.DualStates)
	lx.dualNisbaPairs = map[string][2]string{}
	for w, ids := range c.DualNisbaPairs {
		if len(ids) != 2 {
			return fmt.Errorf("dual_nisba_pairs %s: want two actors, have %d", w, len(ids))
		}
		lx.dualNisbaPairs[arabic.Normalize(w)] = [2]string{ids[0], ids[1]}
	}
	lx.gather = wordSet(c.Gather)
	lx.exchange, lx.mutual = wordSet(c.Exchange), wordSet(c.Mutual)
	lx.complementizer = wordSet(c.Complementizer)
	lx.needNouns = wordSet(c.NeedNouns)
	lx.wants = wordSet(c.Wants)
	lx.adjunctOpeners = wordSet(c.AdjunctOpeners)
	lx.parties = idSet(c.Parties)
	lx.loyal, lx.function = wordSet(c.Loyal), wordSet(c.FunctionWords)
	lx.topic = phrasesOf(c.Topic)
	lx.ownCountry, lx.circumstance = wordSet(c.OwnCountry), wordSet(c.Circumstance)
	lx.circumstanceWith, lx.beforeTime = wordSet(c.CircumstanceWith), wordSet(c.BeforeTime)
	lx.spanQualifiers, lx.barePreps = wordSet(c.SpanQualifiers), wordSet(c.BarePreps)
	lx.negatingNouns, lx.memberPronouns = wordSet(c.NegatingNouns), wordSet(c.MemberPronouns)
	lx.agentNouns, lx.saidThat = wordSet(c.AgentNouns), wordSet(c.SaidThat)
	lx.recalledSpeakers = wordSet(c.RecalledSpeakers)
	lx.recalledOf = phrasesOf(c.RecalledOf)
	lx.speechOpeners = phrasesOf(c.SpeechOpeners)
	lx.recalledActs = relationSet(c.RecalledActs)
	lx.reportedThat, lx.impersonal = wordSet(c.ReportedThat), wordSet(c.Impersonal)
	lx.allyApposition = wordSet(c.AllyApposition)
	lx.speechParticiples = wordSet(c.SpeechParts)
	lx.penalties, lx.consequences = phrasesOf(c.Penalties), wordSet(c.Consequences)
	lx.payFuture = map[string]bool{}
	for _, v := range c.PayVerbs {
		past, present, ok := strings.Cut(v, "|")
		if !ok {
			return fmt.Errorf("%s: pay verb %q is not \"past|present\"", name, v)
		}
		for _, f := range conjugate(past, present) {
			if strings.HasPrefix(f.form, "س") {
				lx.payFuture[f.form] = true
			} else if !f.past {
				lx.payFuture["سوف "+f.form] = true // «سوف تعاني»
			}
		}
	}
	lx.auxiliary, lx.nounAdjectives = wordSet(c.Auxiliary), wordSet(c.NounAdjectives)
	lx.clauseOpeners, lx.blameWords = wordSet(c.ClauseOpeners), wordSet(c.BlameWords)
	lx.contrastPronouns = wordSet(c.ContrastPronoun)
	lx.objectClauseOpeners = wordSet(c.ObjClauseOpeners)
	lx.femininePlurals, lx.claims = wordSet(c.FemininePlural), wordSet(c.Claims)
	lx.receptions = wordSet(c.Receptions)
	lx.territory = wordSet(c.Territory)
	lx.peoples = wordSet(c.Peoples)
	lx.ranking, lx.companies = wordSet(c.Ranking), wordSet(c.Companies)
	lx.tourNouns, lx.tourVerbs = wordSet(c.TourNouns), wordSet(c.TourVerbs)
	lx.otherTies, lx.documentSubjects = wordSet(c.OtherTies), wordSet(c.DocSubjects)
	lx.goods, lx.sanctionReach = wordSet(c.Goods), wordSet(c.SanctionReach)
	lx.goodsOrigin = wordSet(c.GoodsOrigin)
	lx.sanctionCauses, lx.standNouns = wordSet(c.SanctionCauses), wordSet(c.StandNouns)
	lx.figurativeWar, lx.replyWords = wordSet(c.FigurativeWar), wordSet(c.ReplyWords)
	lx.doneBy = phrasesOf(c.DoneBy)
	haltVerbs, err := verbs(c.HaltVerbs)
	if err != nil {
		return err
	}
	lx.halt = wordSet(c.Halt)
	for w := range haltVerbs {
		lx.halt[w] = true
	}
	callOffVerbs, err := verbs(c.CallOffVerbs)
	if err != nil {
		return err
	}
	lx.callOff, lx.callOffBetween = wordSet(c.CallOff), wordSet(c.CallOffBetween)
	lx.nameHeads = wordSet(c.NameHeads)
	lx.haltBetween = wordSet(c.HaltBetween)
	lx.soughtPreps, lx.seekWords, lx.succeed = wordSet(c.SoughtPreps), wordSet(c.SeekWords), wordSet(c.Succeed)
	lx.seekVerbs = wordSet(c.SeekVerbs)
	lx.joint, lx.serialMeetings = wordSet(c.Joint), wordSet(c.SerialMeetings)
	lx.serialTalks = wordSet(c.SerialTalks)
	lx.under, lx.sideWords = wordSet(c.Under), wordSet(c.SideWords)
	lx.allianceNouns = wordSet(c.AllianceNouns)
	lx.watchdogs = map[string]bool{}
	for _, id := range c.Watchdogs {
		lx.watchdogs[id] = true
	}
	lx.watchdogActs, lx.watchdogTargetOf = relationSet(c.WatchdogActs), relationSet(c.WatchdogTarget)
	for w := range callOffVerbs {
		lx.callOff[w] = true
	}
	liftVerbs, err := verbs(c.LiftVerbs)
	if err != nil {
		return err
	}
	lx.lift, lx.quantifiers = wordSet(c.Lift), wordSet(c.Quantifiers)
	for w := range liftVerbs {
		lx.lift[w] = true
	}
	for w := range lx.halt {
		lx.lift[w] = true
	}
	for w := range wordSet(c.AccuseOfNouns) {
		lx.accuseOf[w] = true
	}
	return nil
}

func (lx *lexicon) loadBoilerplate(name string) error {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if p, ok := strings.CutSuffix(line, "*"); ok {
			lx.boilerStart = append(lx.boilerStart, lineKey(p))
		} else {
			lx.boilerExact = append(lx.boilerExact, lineKey(line))
		}
	}
	return sc.Err()
}

// lineKey is the form in which lines are compared with boilerplate and with
// each other: normalized words without punctuation.
func lineKey(s string) string {
	var words []string
	for _, t := range arabic.Tokenize(s) {
		if t.Kind != arabic.Punct {
			words = append(words, t.Norm)
		}
	}
	return strings.Join(words, " ")
}

// isBoilerplate reports whether a line of an article is page furniture.
func (lx *lexicon) isBoilerplate(key string) bool {
	for _, b := range lx.boilerExact {
		if key == b {
			return true
		}
	}
	for _, b := range lx.boilerStart {
		if key == b || strings.HasPrefix(key, b+" ") {
			return true
		}
	}
	return false
}

// isPreposition reports whether a word (with or without a conjunction) is a
// preposition that can govern an actor.
func (lx *lexicon) isPreposition(w string) bool {
	w = stripConj(w)
	return lx.with[w] || lx.between[w] || lx.against[w] || lx.to[w] || lx.from[w] || lx.locative[w]
}

// isFunctionWord reports whether w is a particle, pronoun or preposition.
func (lx *lexicon) isFunctionWord(w string) bool {
	return lx.function[stripConj(w)] || lx.isPreposition(w)
}

// conjugatedSet returns every conjugated form of the "past|present" verbs
// of list, read from file name.
func conjugatedSet(name string, list []string) (map[string]bool, error) {
	m := map[string]bool{}
	for _, v := range list {
		past, present, ok := strings.Cut(v, "|")
		if !ok {
			return nil, fmt.Errorf("%s: verb %q is not \"past|present\"", name, v)
		}
		for _, f := range conjugate(past, present) {
			m[f.form] = true
		}
	}
	return m, nil
}

// loadWordList reads a file of one entry a line (# starts a comment) into a
// set of normalized forms.
func loadWordList(name string) (map[string]bool, error) {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		set[arabic.Normalize(line)] = true
	}
	return set, sc.Err()
}

// loadObjectPreps reads, by relation, the prepositions that may introduce
// the other side of a directed act.
func loadObjectPreps(name string) (map[Relation][]string, error) {
	var raw map[string][]string
	if err := decodeData(name, &raw); err != nil {
		return nil, err
	}
	out := make(map[Relation][]string, len(raw))
	for rel, preps := range raw {
		r := Relation(rel)
		if !r.Valid() {
			return nil, fmt.Errorf("%s: unknown relation %q", name, rel)
		}
		for _, p := range preps {
			out[r] = append(out[r], arabic.Normalize(p))
		}
	}
	return out, nil
}

// decodeData decodes an embedded YAML file strictly: a misspelt key is an
// error naming the file, not a list silently left empty.
func decodeData(name string, v any) error {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// aboutSport reports whether a sentence reports a sports match: a word of
// one anywhere in it, with its clitics peeled.
func (lx *lexicon) aboutSport(toks []arabic.Token) bool {
	for i := range toks {
		if toks[i].Kind == arabic.Word && lx.sport.matchPeeledAt(toks, i) > 0 {
			return true
		}
	}
	return false
}

// aboutMatch reports whether a sentence tells of a match or a tournament:
// a word of sport, of a match or of a tournament in it.
func (lx *lexicon) aboutMatch(toks []arabic.Token) bool {
	for i := range toks {
		if toks[i].Kind != arabic.Word {
			continue
		}
		// Every sentence is read here, so the word is peeled once for
		// the three lists.
		firsts := arabic.Peel(toks[i].Norm)
		if lx.sportWords.match(toks, i, firsts) > 0 || lx.sport.match(toks, i, firsts) > 0 || lx.tournaments.match(toks, i, firsts) > 0 {
			return true
		}
	}
	return false
}

// aboutTournament reports whether a sentence names a tournament, with its
// clitics peeled.
func (lx *lexicon) aboutTournament(toks []arabic.Token) bool {
	for i := range toks {
		if toks[i].Kind == arabic.Word && lx.tournaments.matchPeeledAt(toks, i) > 0 {
			return true
		}
	}
	return false
}

// phrasesOf returns the set of the phrases in list.
func phrasesOf(list []string) phraseSet {
	p := phraseSet{}
	for _, s := range list {
		p.add(s)
	}
	return p
}

func relationSet(list []Relation) map[Relation]bool {
	m := map[Relation]bool{}
	for _, r := range list {
		m[r] = true
	}
	return m
}

// watchdogBarred reports whether actor id, a watchdog, cannot take role in
// an act of relation rel: «أفاد المرصد السوري بوقوع هجمات» names who
// reports an attack, not who attacks or is attacked.
func (lx *lexicon) watchdogBarred(id string, rel Relation, role Role) bool {
	if !lx.watchdogs[id] {
		return false
	}
	if role == Target || role == Party {
		return !lx.watchdogTargetOf[rel]
	}
	return !lx.watchdogActs[rel]
}

// idSet is the set of lexicon ids in list, taken as written.
func idSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[s] = true
	}
	return m
}

// wordSet returns the set of the words in list, normalized.
func wordSet(list []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range list {
		m[arabic.Normalize(s)] = true
	}
	return m
}
