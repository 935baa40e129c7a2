package extract

import (
	"slices"
	"strings"
	"testing"

	"kg/article"
)

// sentenceTriples extracts one sentence as an article and returns its
// triples as "subject relation object", sorted; a symmetric relation's
// sides in name order.
func sentenceTriples(t *testing.T, x *Arabic, text string) []string {
	t.Helper()
	res, err := x.Extract(article.Article{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range res.Events {
		for _, tr := range e.Triples() {
			s, o := tr.Subject, tr.Object
			if tr.Relation.Symmetric() && o < s {
				s, o = o, s
			}
			out = append(out, s+" "+string(tr.Relation)+" "+o)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestSentenceRules pins down, sentence by sentence, what each reading rule
// of the extractor gives on real news wording, with the real lexicon.
func TestSentenceRules(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		rule string
		text string
		want []string
	}{
		{"after a verb of expressing, «عن» introduces the act itself, not a topic",
			"وأعربت ألمانيا في بيان مساء الأحد عن إدانتها الشديدة لكوريا الشمالية.",
			[]string{"germany accuse north-korea"}},
		{"a relative pronoun agrees with the nearest antecedent, not its whole list",
			"وتوسطت قطر بين مصر وإثيوبيا التي تدعم الحكومة الصومالية.",
			[]string{"ethiopia support somalia", "qatar mediate egypt", "qatar mediate ethiopia"}},
		{"a verb right after an act noun shares its agent; the actors after it are its objects",
			"شنت فرنسا غارات في مالي تستهدف تنظيم القاعدة في بلاد المغرب الإسلامي.",
			[]string{"france attack al-qaeda-in-the-islamic-maghreb"}},
		{"an alliance named as an attribute is not made possible by the clause",
			"وقد يملأ الفراغ حزب الله المتحالف مع إيران.",
			[]string{"iran support hezbollah"}},
		{"a war between two sides is a fact even as the cause of something",
			"وتصاعدت التوترات الناجمة عن الحرب بين روسيا وأوكرانيا.",
			[]string{"russia attack ukraine", "ukraine attack russia"}},
		{"no target past another act: the one supported is not attacked",
			"أطلقت تركيا عملية عسكرية في سوريا لدعم الجيش الوطني السوري.",
			[]string{"turkey support syrian-opposition"}},
		{"subject before the verb after إن: the invitation is France's, the invited do not meet",
			`وقال جيفري إن "فرنسا دعت الولايات المتحدة والأردن ومصر لإجراء محادثات على هامش اجتماع الأمم المتحدة".`,
			[]string{"france intend egypt", "france intend jordan", "france intend united-states"}},
		{"headline subject before its verb",
			"روسيا تقصف مواقع المعارضة المسلحة في إدلب",
			[]string{"russia attack syrian-opposition"}},
		{"a denied act is no event",
			"بيد أن مسؤولين أمريكيين نفوا شن بلادهم ضربة صاروخية ضد سوريا.",
			nil},
		{"a demonstrative refers back to an act reported before",
			"وقالت روسيا إن هذا الهجوم على سوريا مرفوض.",
			nil},
		{"a headline's colon ends the clause",
			`الحرب السورية: "روسيا تستأنف غاراتها الجوية على إدلب"`,
			nil},
		{"his country is the state of the nearest actor before",
			"ورحبت رئيسة وزراء بريطانيا بالدعم الأمريكي لبلادها في أزمتها الحالية مع روسيا.",
			[]string{"united-states support united-kingdom"}},
		{"an object that is no actor keeps later actors out",
			"اتهمت السلطات البلجيكية شخصين بالاشتباه بتدبير هجوم بالمتفجرات على اجتماع في فرنسا لجماعة مجاهدي خلق الإيرانية.",
			nil},
		{"criticising a nation's act is criticising the nation",
			"وانتقد مسؤولون بريطانيون وفرنسيون بشدة المؤتمر الصحفي الروسي.",
			[]string{"france accuse russia", "united-kingdom accuse russia"}},
		{"the land an attack came from is not its target",
			"وشنت طائرات إسرائيلية غارات من فوق الأراضي اللبنانية.",
			nil},
		{"backing phrase: the clause's subject is backed",
			"وحشد الجيش السوري قواته للهجوم على إدلب بدعم من روسيا.",
			[]string{"russia support syria"}},
		{"to warn someone against something is to threaten him",
			"وحذر بوتين الأسد من التصعيد.",
			[]string{"vladimir-putin threaten bashar-al-assad"}},
		{"to threaten with sanctions is a threat, not a sanction",
			"هدد ترامب إيران بعقوبات جديدة.",
			[]string{"donald-trump threaten iran"}},
		{"a state's title and its person named after it are one actor",
			"التقى أمير قطر الشيخ تميم بن حمد، الثلاثاء، بالرئيس الأمريكي دونالد ترامب في واشنطن.",
			[]string{"donald-trump consult tamim-bin-hamad-al-thani"}},
		{"commas without و set off an aside, not a list",
			"طالب وزير الدولة الإماراتي للشؤون الخارجية الدكتور أنور قرقاش، تركيا، بمراعاة سيادة الدول العربية.",
			[]string{"anwar-gargash demand turkey"}},
		{"what one withdraws from is no new agreement",
			"بعد انسحاب الولايات المتحدة من الاتفاق النووي مع إيران.",
			nil},
		{"solidarity with someone is support",
			"أعلنت الولايات المتحدة تضامنها مع بريطانيا.",
			[]string{"united-states support united-kingdom"}},
		{"the nationality of the expelled ambassador is the target",
			"أعلن المغرب طرد السفير الإيراني في الرباط.",
			[]string{"morocco sanction iran"}},
		{"an act after ل is a purpose, not the clause subject's act",
			`وكان الرئيس الأمريكي دونالد ترامب توعد بأنه "سيكون هناك ثمن باهظ" للهجوم بأسلحة كيماوية في مدينة دوما السورية.`,
			nil},
		{"a participle's agent is the subject of the verb before it",
			"زعم الأسد أن الإرهاب في سوريا صناعة تركية، مطالبا بانسحاب القوات التركية من الأراضي السورية.",
			[]string{"bashar-al-assad demand turkey"}},
		{"owning missiles is no attack",
			"وتمتلك إيران صواريخ بالستية متوسطة المدى قادرة على ضرب إسرائيل.",
			nil},
		{"a deal only named is no new agreement",
			"وقال الوزير إن الاتفاق النووي مع إيران ما زال قائما.",
			nil},
		{"an agreement concluded is an agreement",
			"توصلت روسيا وتركيا إلى اتفاق بشأن إدلب.",
			[]string{"russia agree turkey"}},
		{"a call to do something is a demand",
			"دعت فرنسا إيران إلى ضبط النفس.",
			[]string{"france demand iran"}},
		{"a call to talks is an invitation",
			"دعت فرنسا إيران إلى محادثات في باريس.",
			[]string{"france intend iran"}},
		{"a request made by someone names no one asked",
			"عقد مجلس الأمن جلسة طارئة بناء على طلب من فرنسا.",
			nil},
		{"a dateline's places are not actors",
			"دبي، الإمارات العربية المتحدة (CNN)— في ثاني أيام زيارته إلى الصين، تفقد الرئيس مصنعا.",
			nil},
		{"a summit's lone place genitive is where it met",
			"وعقدت قمة هلسنكي بين ترامب وبوتين.",
			[]string{"donald-trump consult vladimir-putin"}},
		{"what one talks about is no side of the talk",
			"وتحدث أردوغان عن سوريا.",
			nil},
		{"a denial reaches over the commas of its subject",
			"نفت الخارجية الأمريكية، الخميس، توصل واشنطن وأنقرة لاتفاق.",
			nil},
		{"the genitive of a plural act is its author",
			"وتواصلت ضربات الجيش الإسرائيلي على حماس.",
			[]string{"israel attack hamas"}},
		{"a nationality on a war says where it is",
			"وقتل الآلاف في الحرب السورية.",
			nil},
		{"what may happen later is no event",
			"المحادثات مع كوريا الشمالية قد تعقد الشهر المقبل.",
			nil},
		{"half is no trigger",
			"ويعيش نصف اللاجئين السوريين في لبنان.",
			nil},
		{"readiness to strike is a threat",
			"أعلنت واشنطن أنها مستعدة لتوجيه ضربة إلى سوريا.",
			[]string{"united-states threaten syria"}},
		{"a town is not «his country»",
			"ونظمت مسيرة احتجاجية في بلدة تورنيللو بولاية تكساس.",
			nil},
		{"«من قبل» introduces a participle's agent like «من»",
			"وأشاد حزب الله المدعوم من قبل إيران بالعملية.",
			[]string{"iran support hezbollah"}},
		{"a parenthesis between a participle and the one it qualifies is skipped",
			"وتتقدم قوات سوريا الديمقراطية (وهي فصائل كردية وعربية) المدعومة من واشنطن نحو الرقة.",
			[]string{"united-states support syrian-democratic-forces"}},
		{"a call's other side after ب",
			"وأجرى بوتين اتصالا هاتفيا مساء الأحد بالرئيس التركي رجب طيب أردوغان.",
			[]string{"recep-tayyip-erdogan consult vladimir-putin"}},
		{"a place named alone after ب is where a meeting was, not a side",
			"وعقد بوتين اجتماعا بموسكو.",
			nil},
		{"a person arriving in a capital visits its state",
			"ووصل أردوغان إلى موسكو في زيارة رسمية.",
			[]string{"recep-tayyip-erdogan consult russia"}},
		{"troops arriving visit no one",
			"ووصلت القوات التركية إلى سوريا.",
			nil},
		{"«أنها» after a speech verb: the clause is the speaker's; a promised retaliation is a threat",
			"وأعلنت كندا أنها سترد على قرار واشنطن.",
			[]string{"canada threaten united-states"}},
		{"a past retaliation is no threat",
			"وردت كندا على قرار واشنطن.",
			nil},
		{"«وأضاف أنه» with no speaker named: the speaker of the sentence before",
			"هدد الرئيس الإيراني حسن روحاني الولايات المتحدة.\nوأضاف أنه سيرد على إسرائيل بقوة.",
			[]string{"hassan-rouhani threaten israel", "hassan-rouhani threaten united-states"}},
		{"a speech verb with a subject the lexicon lacks takes no speaker from before",
			"التقى بوتين أردوغان في أنقرة.\nوقالت مصادر مطلعة إنها سترد على إيران.",
			[]string{"recep-tayyip-erdogan consult vladimir-putin"}},
		{"after a relative pronoun a verb's attached pronoun is the antecedent, its object",
			"ويقيم فتح الله غولن في الولايات المتحدة، والذي اتهمته تركيا بتدبير محاولة الانقلاب.",
			[]string{"turkey accuse fethullah-gulen"}},
		{"«كانت كل من X و Y قد»: the list is the subject of the verb after قد",
			"وكانت كل من الولايات المتحدة وبريطانيا قد قصفتا مواقع تنظيم الدولة الإسلامية.",
			[]string{"united-kingdom attack islamic-state", "united-states attack islamic-state"}},
		{"a comma and «إذ» open a new clause: its actors are not the act's target",
			"وانتقدت روسيا القصف، إذ كانت فرنسا قد هددت بالرد.",
			nil},
		{"a verb form before an adjective is the verbal noun; a nationality after its adjectives is its agent",
			"وقتل ثلاثة أشخاص في قصف مدفعي إسرائيلي على قطاع غزة.",
			[]string{"israel attack palestine"}},
		{"a word before an adjective that is no noun of the relation names a body, not an act",
			"وبدعم من تحالف دولي تقوده الولايات المتحدة، استعادت القوات العراقية المدينة.",
			nil},
		{"a light verb after the act noun, its pronoun the noun, has the agent as subject",
			"وتضررت الشركات من العقوبات التي تفرضها الولايات المتحدة على إيران.",
			[]string{"united-states sanction iran"}},
		{"a place after في ends the sides of «بين»",
			"واندلعت الحرب بين إسرائيل وحماس التي تدور في قطاع غزة.",
			[]string{"hamas attack israel", "israel attack hamas"}},
		{"a describing verb's object pronoun is the actor named just before it",
			"وتنشط في الصومال حركة الشباب، وهي جماعة وصفتها الولايات المتحدة بالإرهابية.",
			[]string{"united-states accuse al-shabaab"}},
		{"a describing verb opening a sentence describes the first actor of the sentence before",
			"وقاتلت حركة الشباب الحكومة الصومالية.\nووصفتها بريطانيا بأنها منظمة إرهابية.",
			[]string{"al-shabaab attack somalia", "united-kingdom accuse al-shabaab"}},
		{"criticising an act is criticising its author, the act noun's genitive",
			"ووصف الاتحاد الأوروبي زعم إيران بأن إسرائيل تقف وراء التفجير بأنه لا أساس له.",
			[]string{"european-union accuse iran", "iran accuse israel"}},
		{"laying the responsibility on someone is an accusation",
			"وحملت الحكومة العراقية تنظيم الدولة الإسلامية المسؤولية عن التفجير.",
			[]string{"iraq accuse islamic-state"}},
		{"responsibility resting on someone's shoulders accuses them in the speaker's name",
			"وقالت وزارة الخارجية المصرية إن الأزمة طويلة وإن المسؤولية عنها تقع على عاتق إثيوبيا.",
			[]string{"egypt accuse ethiopia"}},
		{"the word after a verb's subject gives the verb its sense: a warning from, a threat",
			"وحذرت اليابان كوريا الشمالية من عواقب وخيمة.",
			[]string{"japan threaten north-korea"}},
		{"a state after a title that has its country is the clause's object, not the title's holder",
			"وفي عام 2018 انتقد الرئيس الأمريكي كوريا الشمالية.",
			[]string{"donald-trump accuse north-korea"}},
		{"a verb carrying و with no subject shares the subject of the verb before; an actor after أن is no subject",
			"وانتقدت تركيا اليونان بشدة، وطالبت بأن تسلم اليونان الضباط الفارين.",
			[]string{"turkey accuse greece", "turkey demand greece"}},
		{"an alleged act is no event",
			"وقتل عشرة أشخاص في الهجوم الإسرائيلي المزعوم على سوريا.",
			nil},
		{"a word the lexicon lacks right after a verb is its subject; the actors after it are objects",
			"وفي عام 1995 زار مانديلا قطاع غزة وإسرائيل.",
			nil},
		{"sirens are no threat",
			"ودوت صفارات الإنذار في جنوب إسرائيل قرب قطاع غزة.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := sentenceTriples(t, x, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got  %s\n want %s", tt.text, strings.Join(got, "; "), strings.Join(tt.want, "; "))
			}
		})
	}
}
