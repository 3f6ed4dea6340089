/**
 * Built-in activity library for group work (小组工作).
 *
 * All text is original, written for this product. Each activity is bilingual (zh-CN / English);
 * `stepsZh` and `stepsEn` always have the same number of steps so the UI can render them side by side.
 */

// 准备/开始/中期/后期/结束: one definition of the stages, in stages.ts.
import type { Stage } from './stages';
export { STAGES, type Stage } from './stages';
export const THEMES = [
	'TEEN_EMOTION',
	'ELDER_SOCIAL',
	'CARER_SUPPORT',
	'PARENT_CHILD',
	'RESIDENT_LEADERS',
	'CUSTOM'
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * A group's theme is a built-in key or one of its organization's own themes (organization settings), stored as
 * the theme's name; the built-in keys are translated, an organization's theme reads as it was written.
 */
export function isBuiltInTheme(theme: string): theme is Theme {
	return (THEMES as readonly string[]).includes(theme);
}
export type EnergyLevel = 'LOW' | 'MEDIUM' | 'HIGH';

export interface BuiltInActivity {
	key: string; // stable kebab-case id, e.g. 'name-chain'
	titleZh: string;
	titleEn: string;
	purposeZh: string;
	purposeEn: string;
	stages: Stage[]; // stages it suits
	themes: Theme[]; // themes it suits (CUSTOM not needed; an activity may suit several themes)
	minMinutes: number;
	maxMinutes: number;
	defaultMinutes: number; // min <= default <= max, all > 0
	minGroupSize: number;
	maxGroupSize: number;
	materialsZh: string;
	materialsEn: string; // '' when none
	needsMaterials: boolean; // false exactly when materials are empty
	energy: EnergyLevel;
	stepsZh: string[];
	stepsEn: string[]; // 3–6 steps, same count in both languages
	tipsZh: string;
	tipsEn: string; // facilitator tips
	risksZh: string;
	risksEn: string; // risks and how to handle them
}

/** Every concrete theme (CUSTOM is a free-form template, not an activity category). Copied per activity. */
const ALL_THEMES: readonly Theme[] = [
	'TEEN_EMOTION',
	'ELDER_SOCIAL',
	'CARER_SUPPORT',
	'PARENT_CHILD',
	'RESIDENT_LEADERS'
];

export const BUILT_IN_ACTIVITIES: BuiltInActivity[] = [
	// ---------------------------------------------------------------- Preparation 准备期
	{
		key: 'pre-group-interview',
		titleZh: '组前面谈',
		titleEn: 'Pre-group interview',
		purposeZh:
			'了解潜在组员的需要、期望与参与意愿，评估其是否适合参加本小组，并说明小组目的、安排与保密原则。',
		purposeEn:
			'Learn about a prospective member’s needs, expectations and willingness to take part, assess whether the group is a good fit, and explain its purpose, schedule and confidentiality.',
		stages: ['PREPARATION'],
		themes: [...ALL_THEMES],
		minMinutes: 20,
		maxMinutes: 45,
		defaultMinutes: 30,
		minGroupSize: 1,
		maxGroupSize: 3,
		materialsZh: '面谈提纲、知情同意书、笔',
		materialsEn: 'Interview guide, informed consent form, pen',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'预约安静、私密的面谈场所，提前准备面谈提纲与知情同意书。',
			'社工自我介绍，说明小组的目的、节数、时间地点，以及保密原则及其限度。',
			'以开放式问题了解对方的现况、困扰、期望与可参与的时间。',
			'与对方共同评估参加小组是否合适；如不合适，提供转介或其他服务信息。',
			'签署知情同意书，记录面谈要点，约定后续联系方式。'
		],
		stepsEn: [
			'Book a quiet, private room and prepare the interview guide and consent form in advance.',
			'Introduce yourself and explain the group’s purpose, number of sessions, time and place, and the limits of confidentiality.',
			'Use open questions to learn about the person’s situation, concerns, expectations and availability.',
			'Decide together whether the group is a good fit; if not, offer a referral or information about other services.',
			'Sign the consent form, note the key points of the interview and agree how to stay in touch.'
		],
		tipsZh: '面谈以建立关系为先，避免让对方感到被“审查”；服务对象为未成年人时，须同时取得监护人同意。',
		tipsEn:
			'Put rapport first so the conversation does not feel like screening. For minors, also obtain consent from a parent or guardian.',
		risksZh:
			'面谈中可能发现自伤、受虐等高风险情况：按机构危机处理流程即时评估与转介，并向督导报告；不要承诺无条件保密。',
		risksEn:
			'You may uncover high-risk situations such as self-harm or abuse: assess and refer at once under the agency crisis procedure, inform your supervisor, and never promise unconditional confidentiality.'
	},
	{
		key: 'needs-survey',
		titleZh: '需求调查',
		titleEn: 'Needs survey',
		purposeZh: '通过问卷或简短访谈收集目标人群的需要与兴趣，为确定小组目标、内容与时间安排提供依据。',
		purposeEn:
			'Collect the needs and interests of the target population through a questionnaire or short interviews, as a basis for setting group goals, content and timing.',
		stages: ['PREPARATION'],
		themes: [...ALL_THEMES],
		minMinutes: 20,
		maxMinutes: 60,
		defaultMinutes: 30,
		minGroupSize: 1,
		maxGroupSize: 40,
		materialsZh: '需求调查问卷（纸质或线上）、笔',
		materialsEn: 'Needs questionnaire (paper or online), pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'根据服务对象的特点设计简短问卷，涵盖需要、兴趣、可参与时间与交通等内容。',
			'邀请一两位目标人群试填，修改难以理解或过于敏感的题目。',
			'通过社区、学校或合作机构派发问卷，必要时协助读写有困难的人士填写。',
			'整理统计结果，归纳主要需要与共同关注点。',
			'与团队讨论结果，据此确定小组目标与各节主题。'
		],
		stepsEn: [
			'Design a short questionnaire suited to the population, covering needs, interests, availability and transport.',
			'Ask one or two people from the target group to try it, and revise unclear or overly sensitive questions.',
			'Distribute it through the community, schools or partner agencies, helping people with reading or writing difficulties to complete it.',
			'Tabulate the results and summarise the main needs and shared concerns.',
			'Discuss the findings with the team and use them to set the group goals and session topics.'
		],
		tipsZh: '问卷宜短，题目使用日常用语；向填写者说明资料用途以及匿名处理方式。',
		tipsEn:
			'Keep the questionnaire short and in everyday language, and tell respondents how the data will be used and kept anonymous.',
		risksZh: '避免题目过于私密而令人不适；收集的资料须妥善保管，仅用于服务设计。',
		risksEn:
			'Avoid questions that are intrusive enough to cause discomfort. Store the data securely and use it only for service design.'
	},
	{
		key: 'recruitment-info-session',
		titleZh: '招募说明会',
		titleEn: 'Recruitment information session',
		purposeZh: '向潜在组员及其家人介绍小组内容、形式与安排，解答疑问，帮助其在知情的基础上自愿报名。',
		purposeEn:
			'Introduce the content, format and arrangements of the group to prospective members and their families, answer questions, and support an informed, voluntary decision to join.',
		stages: ['PREPARATION'],
		themes: [...ALL_THEMES],
		minMinutes: 30,
		maxMinutes: 60,
		defaultMinutes: 40,
		minGroupSize: 3,
		maxGroupSize: 40,
		materialsZh: '宣传单张、报名表、签到表、投影设备（可选）',
		materialsEn: 'Flyers, registration forms, sign-in sheet, projector (optional)',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'准备宣传单张与报名表，布置场地并安排签到。',
			'介绍社工团队、小组目的、节数、时间地点及参与要求。',
			'带领一个简短的体验活动，让参加者感受小组的氛围。',
			'开放提问，耐心解答对费用、时间、保密等方面的顾虑。',
			'邀请有意者填写报名表，并约定组前面谈时间。'
		],
		stepsEn: [
			'Prepare flyers and registration forms, set up the room and organise sign-in.',
			'Introduce the team, the group’s purpose, number of sessions, time, place and what taking part involves.',
			'Lead a short taster activity so people can get a feel for the group.',
			'Open the floor to questions and patiently address concerns about cost, timing and confidentiality.',
			'Invite those interested to register and book a pre-group interview.'
		],
		tipsZh: '可邀请往届组员分享参加体验；面向长者时使用大字资料并放慢语速。',
		tipsEn:
			'Former members can share their experience. For older adults, use large-print materials and speak more slowly.',
		risksZh: '避免对成效作出过度承诺；若报名人数超出名额，应事先说明甄选标准，并为未入选者提供其他服务信息。',
		risksEn:
			'Do not over-promise outcomes. If there are more applicants than places, explain the selection criteria beforehand and give those not selected information about other services.'
	},

	// ---------------------------------------------------------------- Beginning 开始期
	{
		key: 'name-chain',
		titleZh: '名字接龙',
		titleEn: 'Name chain',
		purposeZh: '帮助组员在轻松的气氛中快速记住彼此的名字，缓解初次见面的紧张感。',
		purposeEn:
			'Help members learn each other’s names quickly in a relaxed way and ease first-meeting nerves.',
		stages: ['BEGINNING'],
		themes: [...ALL_THEMES],
		minMinutes: 10,
		maxMinutes: 20,
		defaultMinutes: 15,
		minGroupSize: 5,
		maxGroupSize: 15,
		materialsZh: '',
		materialsEn: '',
		needsMaterials: false,
		energy: 'MEDIUM',
		stepsZh: [
			'全体围圈而坐，社工说明规则并先做示范。',
			'第一位组员说出自己的名字，可加上一个形容词或爱好，如“爱唱歌的小李”。',
			'下一位组员先复述前面所有人的名字，再介绍自己，依次进行。',
			'最后一位组员复述全体名字，社工带领大家鼓掌。',
			'简短分享：记住别人的名字、被别人记住时，有什么感受？'
		],
		stepsEn: [
			'Sit in a circle; the facilitator explains the rules and goes first as an example.',
			'The first member says their name with an adjective or hobby, e.g. “Singing Li”.',
			'Each next member repeats all the names before them, then adds their own.',
			'The last member repeats everyone’s name and the group gives a round of applause.',
			'Brief sharing: how did it feel to remember others and to be remembered?'
		],
		tipsZh: '人数较多时可分两轮进行，或允许他人提示；长者组可只复述前两三位组员的名字。',
		tipsEn:
			'With a larger group, split into two rounds or allow prompts. In elder groups, members can repeat just the previous two or three names.',
		risksZh: '记忆较弱或较紧张的组员可能感到尴尬：强调“忘记很正常”，邀请大家友善提示，不计对错。',
		risksEn:
			'Members with weaker memory or more anxiety may feel embarrassed: say clearly that forgetting is normal, invite friendly prompts and keep no score.'
	},
	{
		key: 'snowball-introduction',
		titleZh: '滚雪球自我介绍',
		titleEn: 'Snowball introductions',
		purposeZh: '由两人到四人再到全组，逐步扩大交流范围，让组员先在安全的小圈子里开口，再自然地认识全体。',
		purposeEn:
			'Widen the circle step by step from pairs to fours to the whole group, so members first speak in a safe small circle and then get to know everyone naturally.',
		stages: ['BEGINNING'],
		themes: [...ALL_THEMES],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 4,
		maxGroupSize: 16,
		materialsZh: '',
		materialsEn: '',
		needsMaterials: false,
		energy: 'LOW',
		stepsZh: [
			'两人一组，用三分钟互相介绍姓名、一个兴趣和参加小组的原因。',
			'两组合并为四人，每人向新伙伴介绍自己刚认识的搭档。',
			'四人组再合并为八人或回到全组，组员轮流介绍一位伙伴。',
			'被介绍者可以补充或更正，全组给予回应。',
			'社工小结：我们今天发现了哪些共同点？'
		],
		stepsEn: [
			'In pairs, spend three minutes introducing your name, one interest and why you joined.',
			'Two pairs join into a four; each person introduces their partner to the new pair.',
			'Fours merge into eights or the whole group, and members take turns introducing a partner.',
			'The person introduced may add or correct details, and the group responds.',
			'The facilitator sums up: what do we have in common?'
		],
		tipsZh: '给出清晰的时间提示；可在白板上写下介绍提纲（姓名、兴趣、期望）。',
		tipsEn: 'Give clear time signals, and write a simple prompt on the board (name, interest, expectation).',
		risksZh: '有组员不愿透露某些信息时，尊重其选择，强调只分享自己愿意分享的内容。',
		risksEn:
			'If a member prefers not to reveal something, respect that choice and stress that people share only what they are comfortable sharing.'
	},
	{
		key: 'two-truths-one-lie',
		titleZh: '两真一假',
		titleEn: 'Two truths and a lie',
		purposeZh: '以猜谜方式激发好奇心，让组员分享个人趣事，营造轻松有趣的开场氛围。',
		purposeEn:
			'Spark curiosity with a guessing game in which members share fun facts about themselves, creating a light and playful start.',
		stages: ['BEGINNING'],
		themes: ['TEEN_EMOTION', 'PARENT_CHILD', 'RESIDENT_LEADERS'],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 5,
		maxGroupSize: 20,
		materialsZh: '小卡片、笔',
		materialsEn: 'Small cards, pens',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'每人在卡片上写下关于自己的三句话：两句是真的，一句是假的。',
			'组员轮流读出三句话，其他人猜哪一句是假的。',
			'揭晓答案，邀请分享者简单讲讲真实事情背后的小故事。',
			'全部完成后，请大家说说对哪位组员的哪件事印象最深。'
		],
		stepsEn: [
			'Each person writes three statements about themselves on a card: two true, one false.',
			'Members take turns reading their statements while the others guess which one is false.',
			'Reveal the answer and invite the speaker to tell the short story behind a true statement.',
			'At the end, ask who or what stood out most for each person.'
		],
		tipsZh: '提醒组员选择愿意公开的轻松话题；亲子组可让孩子和家长互相猜。',
		tipsEn:
			'Remind members to choose light topics they are happy to share. In parent-child groups, children and parents can guess about each other.',
		risksZh: '避免涉及他人隐私或可能引来取笑的内容；如有人因此尴尬，社工及时以轻松、肯定的方式化解。',
		risksEn:
			'Steer away from other people’s private matters or anything that invites teasing. If someone is embarrassed, defuse it quickly with warmth and humour.'
	},
	{
		key: 'find-common-ground',
		titleZh: '寻找共同点',
		titleEn: 'Find common ground',
		purposeZh: '通过移动和分组发现彼此的相似之处，增进归属感，打破小圈子的界限。',
		purposeEn:
			'Discover similarities by moving and regrouping, building a sense of belonging and breaking down cliques.',
		stages: ['BEGINNING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT', 'PARENT_CHILD', 'RESIDENT_LEADERS'],
		minMinutes: 10,
		maxMinutes: 20,
		defaultMinutes: 15,
		minGroupSize: 6,
		maxGroupSize: 30,
		materialsZh: '',
		materialsEn: '',
		needsMaterials: false,
		energy: 'HIGH',
		stepsZh: [
			'社工说出一个条件，如“同一个季节出生的”“喜欢早起的”，符合的人站到一起。',
			'每轮给组员一分钟，与同组伙伴打招呼并交换一句话。',
			'进行五至八轮，条件由浅入深，也可邀请组员出题。',
			'最后一轮请全体组员一起找出“我们都有的一个共同点”。',
			'分享：找到同伴时有什么感受？有没有意想不到的共同点？'
		],
		stepsEn: [
			'The facilitator calls out a condition, such as “born in the same season” or “early risers”, and those who match stand together.',
			'Each round, give members one minute to greet their group and exchange a sentence.',
			'Run five to eight rounds, moving from light to more personal topics; members can suggest conditions too.',
			'In the final round, the whole group looks for one thing everyone shares.',
			'Sharing: how did it feel to find others like you? Were there any surprises?'
		],
		tipsZh: '条件应中性、积极，避免涉及收入、婚姻状况、学业成绩等敏感信息。',
		tipsEn:
			'Keep conditions neutral and positive; avoid sensitive areas such as income, marital status or grades.',
		risksZh: '有行动不便的组员时，改为举手或举卡回应；注意场地安全，避免奔跑碰撞。',
		risksEn:
			'If anyone has limited mobility, switch to raising hands or cards. Keep the space safe and discourage running.'
	},
	{
		key: 'group-contract',
		titleZh: '建立小组规范',
		titleEn: 'Group contract',
		purposeZh: '由组员共同讨论并订立小组规范（小组契约），建立安全、尊重与保密的互动基础。',
		purposeEn:
			'Members discuss and agree on group norms (a group contract), laying a foundation of safety, respect and confidentiality.',
		stages: ['BEGINNING'],
		themes: [...ALL_THEMES],
		minMinutes: 20,
		maxMinutes: 30,
		defaultMinutes: 25,
		minGroupSize: 3,
		maxGroupSize: 20,
		materialsZh: '大白纸、彩色马克笔、便利贴',
		materialsEn: 'Flip-chart paper, coloured markers, sticky notes',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'社工说明订立规范的意义：让每个人在小组中都感到安全、被尊重。',
			'请组员在便利贴上写下“希望大家在小组中做到的事”。',
			'把便利贴贴到大白纸上，归类合并，共同讨论措辞。',
			'确认核心规范，如保密、准时、轮流发言、可以选择不说、手机静音等。',
			'全体在规范海报上签名，之后每节活动都张贴在显眼位置。'
		],
		stepsEn: [
			'Explain why norms matter: so everyone feels safe and respected in the group.',
			'Ask members to write on sticky notes what they hope everyone will do in the group.',
			'Stick the notes on flip-chart paper, cluster similar ones and agree on the wording together.',
			'Confirm the core norms, e.g. confidentiality, punctuality, taking turns, the right to pass, phones on silent.',
			'Everyone signs the poster, which is then displayed at every session.'
		],
		tipsZh: '规范尽量用正面方式表达（“请……”而不是“不许……”）；一并讨论有人违反规范时如何温和提醒。',
		tipsEn:
			'Phrase norms positively (“please…” rather than “do not…”), and agree how to give a gentle reminder when a norm is broken.',
		risksZh:
			'说明保密的限度：涉及组员或他人安全时，社工须依法依规处理；防止个别强势组员主导讨论，主动邀请较安静的组员发言。',
		risksEn:
			'Explain the limits of confidentiality: when someone’s safety is at risk, the social worker must act as law and policy require. Prevent dominant members from taking over and actively invite quieter members to speak.'
	},
	{
		key: 'expectation-tree',
		titleZh: '期望树',
		titleEn: 'Expectation tree',
		purposeZh: '让组员表达对小组的期望与顾虑，协助社工了解组员的需要，并与组员共同对齐小组目标。',
		purposeEn:
			'Let members voice their hopes and worries about the group, helping the facilitator understand their needs and align the group goals with them.',
		stages: ['BEGINNING'],
		themes: [...ALL_THEMES],
		minMinutes: 15,
		maxMinutes: 30,
		defaultMinutes: 20,
		minGroupSize: 3,
		maxGroupSize: 20,
		materialsZh: '画有树干的大海报、叶子形和果实形便利贴、笔',
		materialsEn: 'Large poster with a tree trunk, leaf- and fruit-shaped sticky notes, pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'在墙上张贴一棵只有树干的“期望树”。',
			'组员在叶子形便利贴上写下对小组的期望，在果实形便利贴上写下希望带走的收获。',
			'如愿意，也可以在树根处写下自己的担心或顾虑。',
			'组员贴上便利贴并简单分享，社工归纳大家共同的期望。',
			'社工说明哪些期望小组可以回应、哪些需要调整，并保存海报以便结束时回顾。'
		],
		stepsEn: [
			'Put up a poster of a bare tree trunk, the “expectation tree”.',
			'Members write their hopes for the group on leaf notes and what they want to take away on fruit notes.',
			'If they wish, members can write worries or concerns at the roots.',
			'Members stick up their notes and share briefly; the facilitator summarises common hopes.',
			'Explain which hopes the group can meet and which need adjusting, and keep the poster for the final review.'
		],
		tipsZh: '保留海报，在中期和最后一节对照回顾，增强组员的成就感。',
		tipsEn: 'Keep the poster and revisit it at the mid-point and in the last session to highlight progress.',
		risksZh: '如有期望超出小组范围（如解决家庭经济困难），应坦诚说明并提供转介资源，避免过度承诺。',
		risksEn:
			'If a hope lies outside the group’s scope (e.g. solving financial hardship), say so honestly and offer referral resources rather than over-promising.'
	},
	{
		key: 'mood-weather-report',
		titleZh: '心情天气预报',
		titleEn: 'Mood weather report',
		purposeZh: '作为每节开场的签到活动，以天气作比喻，帮助组员觉察并表达当下的心情。',
		purposeEn:
			'A check-in at the start of each session that uses the weather as a metaphor to help members notice and express how they feel right now.',
		stages: ['BEGINNING', 'WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'ELDER_SOCIAL', 'CARER_SUPPORT', 'PARENT_CHILD'],
		minMinutes: 5,
		maxMinutes: 15,
		defaultMinutes: 10,
		minGroupSize: 3,
		maxGroupSize: 20,
		materialsZh: '天气图卡（晴、多云、雨、雷雨等）',
		materialsEn: 'Weather picture cards (sunny, cloudy, rain, thunderstorm, etc.)',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'社工展示天气图卡，说明可以用天气来形容此刻的心情。',
			'组员依次选一张卡片，用一句话说明自己今天的“心情天气”。',
			'组员也可以选择只出示卡片而不作说明。',
			'社工简短回应，留意“雷雨”等需要关心的信号。'
		],
		stepsEn: [
			'Show the weather cards and explain that weather can describe how we feel right now.',
			'Each member picks a card and says one sentence about their “mood weather” today.',
			'Members may simply show the card without explaining.',
			'Respond briefly and note any “thunderstorm” signals that need follow-up.'
		],
		tipsZh: '节奏宜快，每人不超过一分钟；长者组可使用大尺寸图卡。',
		tipsEn: 'Keep it brisk, no more than a minute each. Use large cards for older adults.',
		risksZh: '如组员呈现明显低落或危机信号，避免在全组中深入追问，于活动后个别跟进。',
		risksEn:
			'If a member shows marked low mood or signs of crisis, do not probe in front of the group; follow up individually afterwards.'
	},

	// ---------------------------------------------------------------- Emotions 情绪
	{
		key: 'emotion-cards',
		titleZh: '情绪卡片',
		titleEn: 'Emotion cards',
		purposeZh: '借助图文情绪卡片扩充组员的情绪词汇，帮助其辨识、命名并表达自己和他人的情绪。',
		purposeEn:
			'Use picture-and-word emotion cards to expand emotional vocabulary and help members recognise, name and express their own and others’ feelings.',
		stages: ['BEGINNING', 'WORKING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT', 'PARENT_CHILD'],
		minMinutes: 15,
		maxMinutes: 30,
		defaultMinutes: 25,
		minGroupSize: 3,
		maxGroupSize: 12,
		materialsZh: '情绪卡片一套（表情图配情绪词语）',
		materialsEn: 'A set of emotion cards (facial expressions with emotion words)',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'把情绪卡片摊开在桌上，请组员浏览，说说认识哪些情绪词。',
			'请组员选出一至两张代表“最近一周常有的情绪”的卡片。',
			'轮流分享：这种情绪通常在什么情况下出现？身体有什么感觉？',
			'其他组员以“我听到……”作回应，不评价对错。',
			'社工小结：每种情绪都有它的意义，重要的是如何觉察和表达。'
		],
		stepsEn: [
			'Spread the cards on the table and ask members which emotion words they recognise.',
			'Each member chooses one or two cards for emotions they have often felt this past week.',
			'Take turns sharing: when does this emotion usually appear, and what do you notice in your body?',
			'Others respond with “What I heard is…”, without judging right or wrong.',
			'Sum up: every emotion has meaning; what matters is noticing and expressing it.'
		],
		tipsZh: '可按“愉快/不愉快”分类帮助讨论；面对儿童时使用图多字少的卡片。',
		tipsEn:
			'Sorting cards into pleasant and unpleasant can help discussion. Use picture-heavy cards with children.',
		risksZh: '分享可能触动强烈情绪：允许暂停或只选卡不分享；准备纸巾，必要时于活动后个别关怀。',
		risksEn:
			'Sharing can stir strong feelings: allow pauses or choosing a card without speaking, keep tissues at hand and check in individually afterwards if needed.'
	},
	{
		key: 'emotion-thermometer',
		titleZh: '情绪温度计',
		titleEn: 'Emotion thermometer',
		purposeZh: '用0至10分的刻度评估情绪强度，帮助组员觉察情绪由弱到强的变化，及早运用调节方法。',
		purposeEn:
			'Rate emotional intensity on a 0–10 scale so members notice how feelings build up and use calming strategies early.',
		stages: ['BEGINNING', 'WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT', 'PARENT_CHILD'],
		minMinutes: 10,
		maxMinutes: 20,
		defaultMinutes: 10,
		minGroupSize: 2,
		maxGroupSize: 20,
		materialsZh: '情绪温度计海报或工作纸、贴纸或笔',
		materialsEn: 'Emotion thermometer poster or worksheet, stickers or pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'展示情绪温度计（0分为平静，10分为非常强烈），说明不同分数对应的身体与想法信号。',
			'请组员在温度计上标出自己此刻的分数。',
			'回想一件近期让自己“升温”的事，标出当时的最高分。',
			'讨论：在几分时自己还能冷静处理？在到达这个分数之前可以先做些什么？',
			'每人写下一至两个在“升温”时可以使用的降温方法。'
		],
		stepsEn: [
			'Show the thermometer (0 = calm, 10 = extremely intense) and describe body and thought signals at different levels.',
			'Members mark where they are on the thermometer right now.',
			'Recall a recent situation that “heated up” and mark the highest point reached.',
			'Discuss: up to what number can you still handle things calmly? What can you do before reaching it?',
			'Each member writes down one or two cooling-down strategies to use when the temperature rises.'
		],
		tipsZh: '可作为每节开场和结束时的前后测，直观呈现情绪变化。',
		tipsEn: 'Use it at the start and end of each session as a quick before-and-after check.',
		risksZh: '组员回忆冲突事件时可能情绪激动：引导其聚焦于“觉察”而非事件细节，必要时先做呼吸放松。',
		risksEn:
			'Recalling a conflict may bring feelings back up: keep the focus on noticing rather than details, and do a breathing exercise first if needed.'
	},
	{
		key: 'emotion-charades',
		titleZh: '情绪猜猜看',
		titleEn: 'Emotion charades',
		purposeZh: '通过表情和肢体表演来识别情绪，提高组员对非语言情绪信号的敏感度。',
		purposeEn:
			'Identify emotions acted out through facial expression and body language, sharpening awareness of non-verbal cues.',
		stages: ['WORKING'],
		themes: ['TEEN_EMOTION', 'PARENT_CHILD'],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 6,
		maxGroupSize: 20,
		materialsZh: '情绪词卡',
		materialsEn: 'Emotion word cards',
		needsMaterials: true,
		energy: 'HIGH',
		stepsZh: [
			'组员分成两队，社工准备写有情绪词语的卡片。',
			'每队轮流派一人抽卡，只用表情和动作表演，不能说话。',
			'本队在一分钟内猜出情绪即可得分。',
			'几轮之后讨论：哪些情绪容易猜、哪些容易误会？生活中如何确认他人的感受？'
		],
		stepsEn: [
			'Split into two teams; the facilitator prepares cards with emotion words.',
			'Teams take turns sending one person to draw a card and act it out without words.',
			'The team scores if it guesses the emotion within one minute.',
			'After several rounds, discuss: which emotions were easy or easy to misread? How can we check how others feel in daily life?'
		],
		tipsZh: '亲子组可由家长与孩子搭档表演；难度由基本情绪逐步过渡到复杂情绪（如失望、尴尬）。',
		tipsEn:
			'In parent-child groups, parents and children can act as a pair. Move from basic emotions to subtler ones such as disappointment or embarrassment.',
		risksZh: '避免比赛气氛过强导致互相指责；不取笑任何人的表演，强调“表达没有对错”。',
		risksEn:
			'Keep competition friendly so it does not lead to blaming; never mock anyone’s acting, and stress that there is no wrong way to express a feeling.'
	},
	{
		key: 'anger-iceberg',
		titleZh: '愤怒冰山',
		titleEn: 'Anger iceberg',
		purposeZh:
			'以冰山作比喻，帮助组员看见愤怒之下的其他感受与需要（如委屈、害怕、被忽视），从而更有建设性地回应。',
		purposeEn:
			'Use the iceberg metaphor to help members see the feelings and needs beneath anger, such as hurt, fear or feeling ignored, and respond more constructively.',
		stages: ['WORKING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT', 'PARENT_CHILD'],
		minMinutes: 25,
		maxMinutes: 40,
		defaultMinutes: 30,
		minGroupSize: 4,
		maxGroupSize: 12,
		materialsZh: '冰山图工作纸、彩笔',
		materialsEn: 'Iceberg worksheet, coloured pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'社工讲解冰山图：水面上是看得见的愤怒与行为，水面下是感受、想法和需要。',
			'组员回想一次生气的经历，在水面上方写下当时的言行。',
			'在水面下方写出当时可能还有的感受，以及未被满足的需要。',
			'两人一组或全组分享，互相帮助发现“水面下”的部分。',
			'讨论：如果先表达水面下的需要，结果可能会有什么不同？'
		],
		stepsEn: [
			'Explain the iceberg: above the water is visible anger and behaviour; below are feelings, thoughts and needs.',
			'Members recall a time they were angry and write what they said and did above the waterline.',
			'Below the waterline, they write other feelings they may have had and the needs that were not met.',
			'Share in pairs or the whole group, helping each other discover what lies below the surface.',
			'Discuss: how might things have gone if the need underneath had been expressed first?'
		],
		tipsZh: '社工先用一个中性的例子示范；可与“我信息”练习搭配使用。',
		tipsEn: 'Model it first with a neutral example. Pairs well with the I-messages activity.',
		risksZh: '不要求组员分享涉及暴力或家庭冲突的细节；如发现持续的攻击行为或受害情况，须个别评估并转介。',
		risksEn:
			'Do not ask members to share details of violence or family conflict. If you identify ongoing aggression or victimisation, assess individually and refer.'
	},
	{
		key: 'abc-reframing',
		titleZh: 'ABC认知重构',
		titleEn: 'ABC cognitive reframing',
		purposeZh:
			'运用ABC模式（诱发事件—想法—情绪与行为后果）帮助组员识别不合理的自动化想法，练习以更平衡的想法替代。',
		purposeEn:
			'Use the ABC model (activating event, belief, consequence) to help members spot unhelpful automatic thoughts and practise replacing them with more balanced ones.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT', 'PARENT_CHILD'],
		minMinutes: 30,
		maxMinutes: 45,
		defaultMinutes: 35,
		minGroupSize: 4,
		maxGroupSize: 12,
		materialsZh: 'ABC工作纸、情境卡、笔',
		materialsEn: 'ABC worksheets, scenario cards, pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'用生活例子讲解A（事件）、B（想法）、C（情绪与行为结果）三者的关系。',
			'组员抽取情境卡或写下自己经历的事件，填写A与C。',
			'找出当时的B，并讨论：这个想法有什么证据？有没有其他可能的解释？',
			'两人一组，为彼此写出一个更平衡、更有帮助的想法，并预估情绪会如何变化。',
			'全组分享，社工整理常见的“思维陷阱”。'
		],
		stepsEn: [
			'Use an everyday example to explain how A (event), B (belief) and C (emotional and behavioural consequence) connect.',
			'Members draw a scenario card or describe their own event, filling in A and C.',
			'Identify the B and discuss: what is the evidence for this thought? Are there other explanations?',
			'In pairs, write a more balanced, helpful thought for each other and predict how the feeling might change.',
			'Share with the whole group; the facilitator lists common “thinking traps”.'
		],
		tipsZh: '用“换个角度看”代替“错误想法”的说法，以减少组员的防卫。',
		tipsEn: 'Talk about “another way of looking at it” rather than “wrong thoughts” to reduce defensiveness.',
		risksZh: '避免否定组员的真实处境或感受；对有明显抑郁、焦虑症状的组员，建议其接受专业评估。',
		risksEn:
			'Do not dismiss a member’s real circumstances or feelings. Suggest a professional assessment for members with marked symptoms of depression or anxiety.'
	},

	// ---------------------------------------------------------------- Relaxation 放松
	{
		key: 'belly-breathing',
		titleZh: '腹式呼吸放松',
		titleEn: 'Belly breathing',
		purposeZh: '教授简单易学的腹式呼吸，帮助组员在紧张或激动时平稳情绪、放松身体。',
		purposeEn:
			'Teach simple belly breathing to help members steady their emotions and relax when tense or upset.',
		stages: ['BEGINNING', 'WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'ELDER_SOCIAL', 'CARER_SUPPORT', 'PARENT_CHILD'],
		minMinutes: 5,
		maxMinutes: 15,
		defaultMinutes: 10,
		minGroupSize: 2,
		maxGroupSize: 25,
		materialsZh: '',
		materialsEn: '',
		needsMaterials: false,
		energy: 'LOW',
		stepsZh: [
			'请组员舒适地坐好，双脚着地，一只手放在胸口，一只手放在腹部。',
			'用鼻子慢慢吸气约4秒，感受腹部隆起，胸口尽量保持不动。',
			'稍作停顿后，用嘴缓慢呼气约6秒，感受腹部回落。',
			'重复5至10次，社工以平稳的语速带领。',
			'分享练习前后身体与情绪的变化，鼓励在日常生活中练习。'
		],
		stepsEn: [
			'Sit comfortably with feet on the floor, one hand on the chest and one on the belly.',
			'Breathe in slowly through the nose for about four seconds, feeling the belly rise while the chest stays still.',
			'Pause briefly, then breathe out slowly through the mouth for about six seconds, feeling the belly fall.',
			'Repeat five to ten times while the facilitator guides in a calm, steady voice.',
			'Share any changes in body and mood, and encourage practice in daily life.'
		],
		tipsZh: '可配合轻柔音乐；带领儿童时可让其想象“闻花香、吹蜡烛”。',
		tipsEn: 'Soft music can help. With children, use the image of “smell the flower, blow out the candle”.',
		risksZh: '个别组员可能感到头晕：提醒其放慢节奏、恢复自然呼吸；有呼吸系统疾病者按自身情况调整。',
		risksEn:
			'Some members may feel light-headed: tell them to slow down and return to normal breathing. People with respiratory conditions should adapt as needed.'
	},
	{
		key: 'progressive-muscle-relaxation',
		titleZh: '渐进式肌肉放松',
		titleEn: 'Progressive muscle relaxation',
		purposeZh: '通过依次绷紧再放松各组肌肉，帮助组员分辨紧张与放松的感觉，减轻身体紧绷与压力。',
		purposeEn:
			'Tense and then release muscle groups one by one so members learn the difference between tension and relaxation and ease physical stress.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'ELDER_SOCIAL', 'CARER_SUPPORT'],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 2,
		maxGroupSize: 20,
		materialsZh: '有靠背的椅子或瑜伽垫；轻音乐（可选）',
		materialsEn: 'Chairs with backs or yoga mats; soft music (optional)',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'说明练习方法，请组员坐稳或躺好，闭上眼睛或目光低垂。',
			'从双手开始：握拳绷紧约5秒，然后完全放松约10秒，留意两者的差别。',
			'依次练习手臂、肩膀、面部、背部、腹部、腿部和脚部。',
			'最后做几次深呼吸，慢慢睁开眼睛，活动手脚。',
			'分享感受，并讨论在家中什么时候可以练习。'
		],
		stepsEn: [
			'Explain the exercise; members sit securely or lie down, eyes closed or lowered.',
			'Start with the hands: make a fist for about five seconds, then fully relax for about ten, noticing the difference.',
			'Work through the arms, shoulders, face, back, stomach, legs and feet in turn.',
			'Finish with a few deep breaths, slowly open the eyes and move the hands and feet.',
			'Share how it felt and discuss when it could be practised at home.'
		],
		tipsZh: '语速放慢，指导语清晰；可以录音供组员在家练习。',
		tipsEn: 'Speak slowly with clear instructions; a recording lets members practise at home.',
		risksZh: '有受伤、关节炎或高血压的组员只需轻度用力或跳过相关部位；如有人感到不安，允许其睁眼或停止。',
		risksEn:
			'Members with injuries, arthritis or high blood pressure should tense gently or skip those areas. Anyone who feels uneasy may open their eyes or stop.'
	},
	{
		key: 'body-scan',
		titleZh: '身体扫描',
		titleEn: 'Body scan',
		purposeZh: '以正念方式引导组员把注意力依次放到身体各部位，培养对当下身体感受的觉察，减轻压力。',
		purposeEn:
			'A mindfulness practice that guides attention through the body part by part, building awareness of present-moment sensations and reducing stress.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT'],
		minMinutes: 10,
		maxMinutes: 20,
		defaultMinutes: 15,
		minGroupSize: 2,
		maxGroupSize: 20,
		materialsZh: '',
		materialsEn: '',
		needsMaterials: false,
		energy: 'LOW',
		stepsZh: [
			'请组员找一个舒适的姿势，先做三次自然呼吸。',
			'社工缓慢引导注意力从头顶、面部、肩颈，一路移到双脚。',
			'提醒组员只需“注意到”身体的感受，不需要改变或评判。',
			'结束时把注意力带回整个身体和呼吸，再慢慢睁开眼睛。',
			'分享：注意到了哪些平时忽略的感受？'
		],
		stepsEn: [
			'Members settle into a comfortable position and take three natural breaths.',
			'Slowly guide attention from the top of the head, face, neck and shoulders all the way down to the feet.',
			'Remind members simply to notice sensations, without changing or judging them.',
			'Bring attention back to the whole body and the breath, then slowly open the eyes.',
			'Sharing: what did you notice that you usually overlook?'
		],
		tipsZh: '环境宜安静、光线柔和；首次练习控制在10分钟以内。',
		tipsEn: 'Choose a quiet room with soft light, and keep the first practice under ten minutes.',
		risksZh: '有创伤经历者在闭眼或专注身体时可能感到不安：提供睁眼、看向地面或随时停止的选择，事后主动关心。',
		risksEn:
			'People with trauma histories may feel unsafe with eyes closed or focusing on the body: offer the options of eyes open, gazing at the floor or stopping at any time, and check in afterwards.'
	},

	// ---------------------------------------------------------------- Coping & skills 应对与技巧
	{
		key: 'circle-of-control',
		titleZh: '可控圈',
		titleEn: 'Circle of control',
		purposeZh: '帮助组员区分自己能控制、能影响与无法控制的事情，把精力放在可以行动的部分，减少无力感。',
		purposeEn:
			'Help members sort what they can control, what they can influence and what they cannot, so energy goes where action is possible and helplessness eases.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT', 'RESIDENT_LEADERS'],
		minMinutes: 20,
		maxMinutes: 35,
		defaultMinutes: 30,
		minGroupSize: 3,
		maxGroupSize: 15,
		materialsZh: '同心圆工作纸、便利贴、笔',
		materialsEn: 'Concentric-circle worksheet, sticky notes, pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'画出三个同心圆：内圈“我能控制”，中圈“我能影响”，外圈“我无法控制”。',
			'组员把目前的烦恼或压力逐一写在便利贴上。',
			'把便利贴放进对应的圆圈，并与伙伴讨论是否放对了位置。',
			'针对内圈和中圈的事项，各写下一个本周可以采取的小行动。',
			'讨论如何面对外圈的事情，例如接纳、寻求支持或暂时放下。'
		],
		stepsEn: [
			'Draw three circles: inner “I can control”, middle “I can influence”, outer “I cannot control”.',
			'Members write their current worries or pressures on sticky notes, one per note.',
			'Place each note in a circle and check with a partner whether it belongs there.',
			'For the inner and middle circles, write one small action for this week.',
			'Discuss ways to live with the outer circle, such as acceptance, seeking support or setting it aside for now.'
		],
		tipsZh: '照顾者组可聚焦照顾事务；居民骨干组可用于讨论社区议题。',
		tipsEn:
			'Carer groups can focus on caregiving tasks; resident leader groups can apply it to community issues.',
		risksZh: '组员可能因“无法控制”的事情太多而感到沮丧：肯定其处境的艰难，同时强调小步行动的价值。',
		risksEn:
			'Members may feel discouraged if most worries land in the outer circle: acknowledge how hard their situation is while highlighting the value of small steps.'
	},
	{
		key: 'role-play',
		titleZh: '角色扮演',
		titleEn: 'Role play',
		purposeZh: '在安全的模拟情境中练习新的沟通与应对方式，获得即时回馈，增强在现实生活中运用的信心。',
		purposeEn:
			'Practise new ways of communicating and coping in a safe simulated situation, get immediate feedback and build confidence to use them in real life.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT', 'PARENT_CHILD', 'RESIDENT_LEADERS'],
		minMinutes: 20,
		maxMinutes: 45,
		defaultMinutes: 30,
		minGroupSize: 4,
		maxGroupSize: 16,
		materialsZh: '情境卡、简单道具（可选）',
		materialsEn: 'Scenario cards, simple props (optional)',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'选出与小组主题相关的情境，如被误会、拒绝不合理的要求、与家人沟通等。',
			'分配主角、对手和观察员等角色，并说明本次演练的目标。',
			'进行三至五分钟的演练，社工可暂停并邀请主角尝试不同的说法。',
			'演练后先请主角谈感受，再由对手和观察员给予具体、正面的回馈。',
			'交换角色再演练一次，全组讨论可以带回生活中的做法。',
			'结束时进行“去角色”：请组员说出自己的真实姓名并活动身体。'
		],
		stepsEn: [
			'Choose situations linked to the group theme, such as being misunderstood, refusing an unfair request or talking with family.',
			'Assign roles (protagonist, counterpart, observers) and explain what the practice aims to achieve.',
			'Run a three- to five-minute scene; the facilitator may pause and invite the protagonist to try different words.',
			'Afterwards the protagonist shares first, then the counterpart and observers give specific, positive feedback.',
			'Swap roles and run it again, then discuss as a group what can be taken back into daily life.',
			'De-role at the end: members say their real names and shake out their bodies.'
		],
		tipsZh: '先从难度较低的情境开始；组员可以选择只担任观察员而不上场。',
		tipsEn: 'Begin with low-stakes situations. Members may choose to observe rather than act.',
		risksZh:
			'情境过于贴近真实经历可能引发强烈情绪：事先评估，必要时暂停并给予情绪支持；避免让组员扮演曾伤害自己的人。',
		risksEn:
			'Scenes too close to real experience can trigger strong emotions: assess beforehand, pause and offer support when needed, and never ask a member to play someone who has harmed them.'
	},
	{
		key: 'problem-solving-steps',
		titleZh: '问题解决五步法',
		titleEn: 'Five-step problem solving',
		purposeZh: '学习“界定问题—列出方法—评估利弊—选择行动—检讨结果”的系统步骤，提升组员面对困难时的主动性。',
		purposeEn:
			'Learn a systematic sequence (define the problem, list options, weigh pros and cons, choose and act, review) to approach difficulties more proactively.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT', 'PARENT_CHILD', 'RESIDENT_LEADERS'],
		minMinutes: 25,
		maxMinutes: 45,
		defaultMinutes: 35,
		minGroupSize: 3,
		maxGroupSize: 15,
		materialsZh: '五步法工作纸、白板',
		materialsEn: 'Five-step worksheet, whiteboard',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'介绍五个步骤，并用一个简单的例子示范。',
			'组员分组，选择一个共同关心的问题，并用一句话清楚地界定问题。',
			'以头脑风暴列出尽可能多的方法，暂时不作评价。',
			'逐一评估各方法的利弊与可行性，选出最合适的一项并拟定具体步骤。',
			'各组汇报，约定下节分享实行结果并作检讨。'
		],
		stepsEn: [
			'Introduce the five steps and demonstrate them with a simple example.',
			'In small groups, pick a shared problem and define it clearly in one sentence.',
			'Brainstorm as many options as possible without judging them yet.',
			'Weigh the pros, cons and feasibility of each, choose the best one and plan concrete steps.',
			'Groups report back and agree to share results and review them next session.'
		],
		tipsZh: '头脑风暴阶段鼓励“越多越好”；行动方案要具体到由谁、在何时、如何做。',
		tipsEn: 'During brainstorming, aim for quantity. Action plans should say who does what, when and how.',
		risksZh: '部分问题可能超出组员的能力范围（如法律、医疗问题），社工应提供相关资源与转介。',
		risksEn:
			'Some problems, such as legal or medical issues, are beyond what members can solve alone; provide relevant resources and referrals.'
	},

	// ---------------------------------------------------------------- Trust & teamwork 信任与合作
	{
		key: 'trust-walk',
		titleZh: '信任之旅',
		titleEn: 'Trust walk',
		purposeZh: '通过一人蒙眼、一人引导的体验，增进组员之间的信任与沟通，体会依靠他人与被他人依靠的感受。',
		purposeEn:
			'One partner is blindfolded while the other guides, building trust and communication and letting members experience relying on others and being relied upon.',
		stages: ['WORKING'],
		themes: ['TEEN_EMOTION', 'PARENT_CHILD', 'RESIDENT_LEADERS'],
		minMinutes: 20,
		maxMinutes: 35,
		defaultMinutes: 30,
		minGroupSize: 4,
		maxGroupSize: 20,
		materialsZh: '眼罩',
		materialsEn: 'Blindfolds',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'两人一组，一人戴上眼罩，另一人担任引导者；说明安全规则和“暂停”信号。',
			'引导者只用语言或轻扶手臂，带领同伴在场地内行走，体验不同的路线。',
			'约五分钟后交换角色。',
			'摘下眼罩后，两人先互相分享感受。',
			'全组讨论：什么让你感到安全？信任是如何建立起来的？'
		],
		stepsEn: [
			'In pairs, one wears a blindfold and the other guides; explain the safety rules and a “stop” signal.',
			'The guide leads their partner around the space using only words or a light touch on the arm.',
			'Swap roles after about five minutes.',
			'After removing the blindfolds, partners share their experience with each other.',
			'Group discussion: what made you feel safe? How is trust built?'
		],
		tipsZh: '亲子组可先由孩子引导家长，再互换角色；活动前清理场地中的障碍物。',
		tipsEn:
			'In parent-child groups, let the child guide the parent first, then swap. Clear obstacles beforehand.',
		risksZh: '注意跌倒风险，避开楼梯和湿滑地面；对害怕黑暗或有创伤经历的组员，可改为闭眼或只担任引导者。',
		risksEn:
			'Watch for trips and falls and avoid stairs or slippery floors. Members afraid of the dark or with trauma histories can close their eyes instead, or act only as guides.'
	},
	{
		key: 'human-knot',
		titleZh: '解手链',
		titleEn: 'Human knot',
		purposeZh: '在合作解开“人结”的过程中促进沟通、协作与分工，增强团队凝聚力。',
		purposeEn:
			'Working together to untangle a “human knot” encourages communication, cooperation and shared leadership, and strengthens cohesion.',
		stages: ['BEGINNING', 'WORKING'],
		themes: ['TEEN_EMOTION', 'PARENT_CHILD', 'RESIDENT_LEADERS'],
		minMinutes: 10,
		maxMinutes: 20,
		defaultMinutes: 15,
		minGroupSize: 6,
		maxGroupSize: 24,
		materialsZh: '',
		materialsEn: '',
		needsMaterials: false,
		energy: 'HIGH',
		stepsZh: [
			'组员每6至12人站成一圈，伸出双手，分别握住两位不相邻组员的手。',
			'在不松手的前提下，通过跨、转、钻等动作，尝试把人结解成一个圆圈。',
			'社工观察过程，必要时给予一次“松手重握”的机会。',
			'完成后讨论：过程中谁提出了办法？我们如何沟通？遇到困难时有什么感受？'
		],
		stepsEn: [
			'In circles of six to twelve, members reach in and take the hands of two people not standing next to them.',
			'Without letting go, they step over, turn and duck under to untangle into a single circle.',
			'The facilitator observes and may allow one “let go and re-grip” if needed.',
			'Discuss afterwards: who suggested ideas? How did we communicate? How did it feel when we were stuck?'
		],
		tipsZh: '人数较多时分成两圈同时进行；讨论比完成任务更重要。',
		tipsEn: 'With more people, run two circles at once. The debrief matters more than finishing.',
		risksZh:
			'活动涉及身体接触，须事先征得同意并注意性别与文化上的敏感性；动作要慢，避免扭伤，行动不便者可担任“指挥”。',
		risksEn:
			'This involves physical contact: get consent first and be sensitive to gender and cultural norms. Move slowly to avoid strains; members with limited mobility can act as the “director”.'
	},
	{
		key: 'paper-tower',
		titleZh: '纸塔挑战',
		titleEn: 'Paper tower challenge',
		purposeZh: '以限时的小组任务体验计划、分工与协作，反思团队中的沟通方式与角色。',
		purposeEn:
			'A timed team task to experience planning, division of labour and cooperation, then reflect on communication and roles within the team.',
		stages: ['WORKING'],
		themes: ['TEEN_EMOTION', 'PARENT_CHILD', 'RESIDENT_LEADERS'],
		minMinutes: 20,
		maxMinutes: 35,
		defaultMinutes: 25,
		minGroupSize: 6,
		maxGroupSize: 24,
		materialsZh: 'A4纸、胶带、卷尺',
		materialsEn: 'A4 paper, tape, tape measure',
		needsMaterials: true,
		energy: 'HIGH',
		stepsZh: [
			'分成4至6人的小组，每组领取相同数量的A4纸和胶带。',
			'先用三分钟讨论计划（不能动手），再用十分钟搭建一座能独立站立的最高纸塔。',
			'社工测量高度，并肯定各组的创意。',
			'各组讨论：谁担任了什么角色？计划与实际有何不同？下次会如何改进？',
			'全组分享在团队合作中的收获。'
		],
		stepsEn: [
			'Form teams of four to six; each receives the same amount of A4 paper and tape.',
			'Teams plan for three minutes without touching materials, then have ten minutes to build the tallest free-standing tower.',
			'Measure the towers and acknowledge each team’s creativity.',
			'Teams discuss: who took which role? How did the plan differ from reality? What would you change next time?',
			'Share learning about teamwork with the whole group.'
		],
		tipsZh: '可加入“中途一分钟禁止说话”等变化，引发关于沟通的讨论。',
		tipsEn: 'Add a twist such as one minute of silence mid-build to spark discussion about communication.',
		risksZh: '避免把结果变成对个人的指责；关注没有参与的组员，邀请其担任计时或记录等角色。',
		risksEn:
			'Do not let results turn into blaming individuals. Notice members who are left out and invite them to keep time or take notes.'
	},
	{
		key: 'back-to-back-drawing',
		titleZh: '背对背画图',
		titleEn: 'Back-to-back drawing',
		purposeZh: '通过单向与双向沟通的对比，体会清晰表达与确认理解在沟通中的重要性。',
		purposeEn:
			'Compare one-way and two-way communication to experience why clear expression and checking understanding matter.',
		stages: ['WORKING'],
		themes: ['TEEN_EMOTION', 'PARENT_CHILD', 'RESIDENT_LEADERS'],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 4,
		maxGroupSize: 20,
		materialsZh: '简单图形卡、白纸、笔、垫板',
		materialsEn: 'Simple shape cards, blank paper, pens, clipboards',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'两人背对背坐，一人拿图形卡负责描述，另一人负责作画。',
			'第一轮：描述者只能说，画图者不能提问。',
			'第二轮：换一张图形卡，画图者可以提问和确认。',
			'对比两轮作品，讨论哪一轮更准确、感受有何不同。',
			'联系生活：在家庭或团队中，怎样说、怎样问能减少误会？'
		],
		stepsEn: [
			'Partners sit back to back; one describes a shape card, the other draws.',
			'Round one: the describer talks and the drawer may not ask questions.',
			'Round two: with a new card, the drawer may ask questions and check.',
			'Compare the two drawings and discuss which was more accurate and how each round felt.',
			'Link to daily life: in families or teams, how can the way we speak and ask reduce misunderstandings?'
		],
		tipsZh: '亲子搭档效果尤佳；图形由简单到复杂。',
		tipsEn: 'Works especially well with parent-child pairs. Progress from simple to more complex shapes.',
		risksZh: '画得不像时搭档可能互相埋怨：强调这是对沟通方式的体验，而不是能力的比较。',
		risksEn:
			'Partners may blame each other for a poor likeness: stress that this explores communication styles, not ability.'
	},

	// ---------------------------------------------------------------- Older adults 长者
	{
		key: 'old-photos-reminiscence',
		titleZh: '老照片怀旧分享',
		titleEn: 'Old photos reminiscence',
		purposeZh: '借助老照片引导长者回忆并讲述人生经历，肯定其生命价值，促进组员之间的交流与共鸣。',
		purposeEn:
			'Use old photographs to help older adults recall and tell their life stories, affirming the value of their lives and fostering connection between members.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['ELDER_SOCIAL'],
		minMinutes: 30,
		maxMinutes: 45,
		defaultMinutes: 30,
		minGroupSize: 4,
		maxGroupSize: 10,
		materialsZh: '组员自带的老照片、放大镜、年代背景图片（可选）',
		materialsEn: 'Old photos brought by members, magnifying glass, period pictures (optional)',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'提前邀请组员带一至两张有意义的老照片，社工可准备年代背景图片作补充。',
			'组员轮流展示照片，讲述照片背后的人物、事件、地点与年代。',
			'社工以开放式问题引导，如“那时候的生活是怎样的？”“这张照片对您有什么意义？”',
			'邀请其他组员回应相似的经历或感受。',
			'社工小结组员在不同年代展现出的智慧与坚韧。'
		],
		stepsEn: [
			'Ask members in advance to bring one or two meaningful old photos; the facilitator can add period pictures.',
			'Members take turns showing a photo and telling who, what, where and when.',
			'Guide with open questions such as “What was life like then?” and “What does this photo mean to you?”',
			'Invite others to respond with similar experiences or feelings.',
			'Sum up the wisdom and resilience members have shown across the decades.'
		],
		tipsZh: '尊重每个人不同的人生经历；照片由组员自行保管，避免贵重物品遗失。',
		tipsEn:
			'Respect the diversity of life experiences. Members keep hold of their own photos so nothing precious is lost.',
		risksZh: '回忆可能触及丧亲、苦难等伤痛：允许组员流泪和停顿，给予陪伴与肯定，必要时于活动后个别跟进。',
		risksEn:
			'Memories may touch on bereavement or hardship: allow tears and pauses, offer presence and affirmation, and follow up individually afterwards if needed.'
	},
	{
		key: 'old-songs-singalong',
		titleZh: '老歌传唱',
		titleEn: 'Old songs sing-along',
		purposeZh: '以组员熟悉的老歌唤起共同记忆，活跃气氛，促进长者之间的交流与情感连结。',
		purposeEn:
			'Familiar old songs evoke shared memories, lift the mood and help older adults connect with one another.',
		stages: ['BEGINNING', 'WORKING'],
		themes: ['ELDER_SOCIAL'],
		minMinutes: 20,
		maxMinutes: 30,
		defaultMinutes: 25,
		minGroupSize: 4,
		maxGroupSize: 20,
		materialsZh: '大字歌词、音响或手机播放器',
		materialsEn: 'Large-print lyrics, speaker or phone player',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'活动前了解组员喜爱的年代和歌曲，准备大字歌词。',
			'播放歌曲前奏，请组员猜歌名和年代。',
			'大家一起合唱，可配合拍手或简单动作。',
			'邀请组员分享与这首歌有关的回忆或故事。',
			'以一首大家都喜欢的歌曲结束，感谢每位组员的参与。'
		],
		stepsEn: [
			'Beforehand, find out which eras and songs members love and prepare large-print lyrics.',
			'Play the opening bars and ask members to guess the title and era.',
			'Sing together, adding clapping or simple movements.',
			'Invite members to share memories or stories connected to the song.',
			'Close with a favourite everyone enjoys and thank each member for taking part.'
		],
		tipsZh: '音量适中；鼓励“会哼就行”，不强调唱得好不好。',
		tipsEn: 'Keep the volume moderate. Humming along is welcome; singing well is not the point.',
		risksZh: '部分歌曲可能勾起伤感回忆，留意组员的情绪；听力较弱的组员安排在靠近音响处就座。',
		risksEn:
			'Some songs may bring back sad memories, so watch members’ reactions. Seat people with hearing loss near the speaker.'
	},
	{
		key: 'life-review',
		titleZh: '人生回顾',
		titleEn: 'Life review',
		purposeZh: '引导组员按人生阶段回顾重要经历，整合得与失、肯定自我价值，增强生命意义感。',
		purposeEn:
			'Guide members through the stages of their lives to revisit key experiences, integrate gains and losses, affirm self-worth and deepen a sense of meaning.',
		stages: ['CONSOLIDATING', 'ENDING'],
		themes: ['ELDER_SOCIAL'],
		minMinutes: 30,
		maxMinutes: 50,
		defaultMinutes: 35,
		minGroupSize: 3,
		maxGroupSize: 10,
		materialsZh: '人生时间线工作纸、彩笔、贴纸',
		materialsEn: 'Life timeline worksheet, coloured pens, stickers',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'发放时间线工作纸，按童年、青年、中年、老年划分人生阶段。',
			'组员在各阶段标出一至两件难忘的事，可以用文字、图画或贴纸表示。',
			'邀请组员选择一个阶段，分享当时的经历以及从中获得的力量。',
			'社工与其他组员回应分享者的智慧和坚持。',
			'最后请组员写下一句想对自己说的话，或想留给后辈的话。'
		],
		stepsEn: [
			'Hand out timeline worksheets divided into childhood, youth, midlife and later life.',
			'Members mark one or two memorable events in each stage using words, drawings or stickers.',
			'Invite each member to choose one stage and share what happened and the strength they drew from it.',
			'The facilitator and other members reflect back the speaker’s wisdom and perseverance.',
			'Finally, members write one sentence to themselves or a message for younger generations.'
		],
		tipsZh: '书写有困难的组员可由社工或义工代写；内容较多时可分两节完成。',
		tipsEn:
			'A worker or volunteer can write for members who find writing hard. Split across two sessions if needed.',
		risksZh: '可能触及遗憾、冲突或创伤经历：尊重组员的节奏，不追问细节；留意抑郁情绪，适时转介。',
		risksEn:
			'Regrets, conflicts or trauma may surface: follow the member’s pace, do not press for details, watch for signs of depression and refer when appropriate.'
	},
	{
		key: 'baduanjin',
		titleZh: '八段锦',
		titleEn: 'Baduanjin qigong',
		purposeZh: '以动作舒缓的传统养生功法作为热身，促进身体活动与放松，增加组员之间的互动与乐趣。',
		purposeEn:
			'Use this gentle traditional Chinese exercise as a warm-up to get bodies moving, relax, and add shared enjoyment.',
		stages: ['BEGINNING', 'WORKING', 'CONSOLIDATING'],
		themes: ['ELDER_SOCIAL', 'CARER_SUPPORT'],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 3,
		maxGroupSize: 20,
		materialsZh: '音响、八段锦口令音乐、有靠背的椅子（坐式练习用）',
		materialsEn: 'Speaker, Baduanjin guided music, chairs with backs (for the seated version)',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'练习前简单了解组员的身体状况，提醒大家量力而行。',
			'带领组员进行颈部、肩部与手腕的热身。',
			'跟随口令音乐逐式练习八段锦，动作慢而到位；行动不便者可采用坐式。',
			'练习结束后慢走或轻拍身体放松。',
			'分享练习后的身体感受，鼓励组员在家中结伴练习。'
		],
		stepsEn: [
			'Check briefly on members’ health and remind everyone to work within their limits.',
			'Warm up the neck, shoulders and wrists.',
			'Follow the guided music through each movement slowly and carefully; members with limited mobility can do the seated version.',
			'Cool down with gentle walking or light patting of the body.',
			'Share how the body feels and encourage members to practise together at home.'
		],
		tipsZh: '可邀请有基础的组员担任示范，提升其成就感。',
		tipsEn:
			'Invite members who already practise to demonstrate, which also builds their sense of achievement.',
		risksZh: '有高血压、心脏病或关节问题的组员避免低头、过度弯腰和憋气；如出现头晕不适，立即停止休息。',
		risksEn:
			'Members with high blood pressure, heart conditions or joint problems should avoid lowering the head, deep bending and holding the breath. Stop and rest at once if anyone feels dizzy.'
	},
	{
		key: 'chair-exercise',
		titleZh: '椅子操',
		titleEn: 'Chair exercise',
		purposeZh: '以坐姿完成简单的伸展与活动，适合不同行动能力的组员，活动身体、提振精神并营造愉快气氛。',
		purposeEn:
			'Simple seated stretches and movements suitable for all mobility levels, to loosen the body, lift energy and create a cheerful atmosphere.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['ELDER_SOCIAL', 'CARER_SUPPORT'],
		minMinutes: 10,
		maxMinutes: 20,
		defaultMinutes: 15,
		minGroupSize: 3,
		maxGroupSize: 20,
		materialsZh: '稳固、有靠背且无轮子的椅子，轻快音乐',
		materialsEn: 'Sturdy chairs with backs and no wheels, upbeat music',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'检查椅子是否稳固，请组员坐在椅子前半部分，背部挺直。',
			'依次活动头颈、肩部、手臂、腰部、腿部和脚踝，每个动作重复8次。',
			'配合音乐加入拍手、原地踏步等节奏动作。',
			'最后做几次深呼吸放松。',
			'请组员分享哪个动作最舒服，鼓励在家中练习。'
		],
		stepsEn: [
			'Check the chairs are stable; members sit towards the front of the seat with a straight back.',
			'Move the neck, shoulders, arms, waist, legs and ankles in turn, repeating each movement eight times.',
			'Add rhythmic clapping or seated marching to the music.',
			'Finish with a few deep breaths.',
			'Ask which movement felt best and encourage practice at home.'
		],
		tipsZh: '示范动作要慢，面向组员做镜像动作；可邀请组员轮流喊口令。',
		tipsEn:
			'Demonstrate slowly and mirror the movements while facing the group. Members can take turns calling the count.',
		risksZh: '避免快速转头和过度伸展；留意组员的面色与呼吸，如有不适立即停止。',
		risksEn:
			'Avoid fast head turns and overstretching. Watch members’ colour and breathing and stop immediately if anyone feels unwell.'
	},
	{
		key: 'hand-massage',
		titleZh: '手部按摩',
		titleEn: 'Hand massage',
		purposeZh: '组员之间或亲子之间互相进行手部按摩，带来放松与被关怀的感受，增进信任与情感交流。',
		purposeEn:
			'Members, or parents and children, give each other a hand massage, bringing relaxation and a sense of being cared for while building trust and warmth.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['ELDER_SOCIAL', 'CARER_SUPPORT', 'PARENT_CHILD'],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 2,
		maxGroupSize: 16,
		materialsZh: '护手霜、湿巾、毛巾',
		materialsEn: 'Hand cream, wet wipes, towels',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'说明活动目的与方法，征得每位组员同意，先用湿巾清洁双手。',
			'示范基本手法：掌心打圈、沿手指轻捋、按揉虎口，力度以对方感到舒适为准。',
			'两人一组互相按摩，每人约五分钟，过程中可以轻声交谈。',
			'交换角色后，分享被照顾与照顾他人的感受。',
			'照顾者组可延伸讨论：平日我是如何照顾自己的身体的？'
		],
		stepsEn: [
			'Explain the purpose and method, get each member’s consent, and clean hands with wipes.',
			'Demonstrate basic strokes: circles on the palm, gentle strokes along the fingers, kneading between thumb and forefinger, with pressure the partner finds comfortable.',
			'In pairs, massage each other for about five minutes each, chatting quietly if you like.',
			'After swapping, share how it felt to be cared for and to care for someone.',
			'Carer groups can go on to discuss: how do I usually look after my own body?'
		],
		tipsZh: '播放轻音乐营造放松氛围；亲子组可先请孩子为家长按摩，再互换。',
		tipsEn: 'Play soft music. In parent-child groups, children can massage their parent first, then swap.',
		risksZh: '有皮肤病、伤口或对护手霜过敏的组员不参加互相按摩；不愿身体接触者可改为自我按摩。',
		risksEn:
			'Members with skin conditions, wounds or allergies to the cream should skip partner massage; anyone who prefers no touch can do self-massage instead.'
	},
	{
		key: 'planting',
		titleZh: '种植小盆栽',
		titleEn: 'Planting a small pot',
		purposeZh: '通过亲手种植体验照顾生命的过程，获得成就感与希望感，并促进合作与交流。',
		purposeEn:
			'Planting by hand lets members experience nurturing something living, bringing a sense of achievement and hope while encouraging cooperation.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['ELDER_SOCIAL', 'CARER_SUPPORT', 'PARENT_CHILD', 'TEEN_EMOTION'],
		minMinutes: 30,
		maxMinutes: 45,
		defaultMinutes: 40,
		minGroupSize: 4,
		maxGroupSize: 15,
		materialsZh: '小花盆、培养土、多肉或易种植物（或种子）、小铲子、旧报纸、喷水壶、手套',
		materialsEn:
			'Small pots, potting soil, succulents or easy plants (or seeds), trowels, old newspaper, spray bottles, gloves',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'铺好报纸，分发材料，简单介绍植物的特性和照顾方法。',
			'组员（或亲子搭档）合作完成装土、种植和浇水。',
			'为盆栽取一个名字，并写上一句祝福或期望贴在花盆上。',
			'分享：这盆植物像自己的什么？希望它怎样成长？',
			'约定在之后的小组中分享植物的生长情况。'
		],
		stepsEn: [
			'Lay out newspaper, hand out materials and briefly explain the plant and how to care for it.',
			'Members (or parent-child pairs) fill the pot with soil, plant and water together.',
			'Name the plant and attach a label with a wish or hope.',
			'Sharing: in what way is this plant like you? How would you like it to grow?',
			'Agree to report on how the plants are growing in later sessions.'
		],
		tipsZh: '选择容易存活的植物，减少挫败感；可在中后期延续“成长”的隐喻。',
		tipsEn: 'Choose hardy plants to avoid disappointment, and carry the growth metaphor into later sessions.',
		risksZh: '注意对泥土或植物过敏的组员，提供手套；儿童使用工具时需有成人看顾。',
		risksEn:
			'Watch for allergies to soil or plants and provide gloves. Children using tools need adult supervision.'
	},
	{
		key: 'paper-cutting',
		titleZh: '剪纸',
		titleEn: 'Paper cutting',
		purposeZh: '以传统手工剪纸锻炼手眼协调与专注力，在创作中交流互助，体验完成作品的成就感。',
		purposeEn:
			'Traditional Chinese paper cutting exercises hand-eye coordination and focus, invites mutual help while creating, and brings the satisfaction of a finished piece.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['ELDER_SOCIAL', 'PARENT_CHILD'],
		minMinutes: 30,
		maxMinutes: 45,
		defaultMinutes: 35,
		minGroupSize: 3,
		maxGroupSize: 12,
		materialsZh: '红纸、圆头剪刀、铅笔、简单剪纸样稿、胶水、卡纸',
		materialsEn: 'Red paper, round-tipped scissors, pencils, simple templates, glue, card',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'展示剪纸作品，介绍折叠剪的基本方法和简单图案（如窗花、福字）。',
			'组员按样稿在红纸上折叠、画线。',
			'沿线剪出图案，社工和较熟练的组员从旁协助。',
			'把作品贴在卡纸上，互相欣赏并说说作品的寓意。',
			'作品可用于布置活动室，或带回家送给家人。'
		],
		stepsEn: [
			'Show examples and introduce folding-and-cutting techniques with simple patterns such as window flowers or the “fu” (good fortune) character.',
			'Members fold the red paper and trace the template.',
			'Cut along the lines, with the facilitator and more experienced members helping.',
			'Mount the work on card, admire each other’s pieces and share what they symbolise.',
			'Use the pieces to decorate the room or take them home as gifts.'
		],
		tipsZh: '邀请擅长剪纸的长者担任“小老师”；按能力提供难度不同的样稿。',
		tipsEn:
			'Invite members skilled at paper cutting to act as teachers, and offer templates at different levels.',
		risksZh:
			'注意剪刀使用安全；视力或手部力量较弱的组员可选择较大、较简单的图案，避免因作品比较而产生挫败感。',
		risksEn:
			'Take care with scissors. Offer larger, simpler patterns to members with weaker eyesight or grip, and avoid comparing work so no one feels discouraged.'
	},
	{
		key: 'memory-games',
		titleZh: '记忆力游戏',
		titleEn: 'Memory games',
		purposeZh: '以轻松的游戏刺激长者的注意力和短期记忆，保持认知活跃，同时增加互动和欢笑。',
		purposeEn:
			'Light-hearted games that stimulate attention and short-term memory, keep minds active and bring interaction and laughter.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['ELDER_SOCIAL'],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 3,
		maxGroupSize: 12,
		materialsZh: '托盘、约10件日常物品、遮盖用的布、配对图卡',
		materialsEn: 'Tray, about ten everyday objects, a cloth to cover them, picture-pair cards',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'在托盘上摆放约10件日常物品，让组员观察一分钟后用布盖上。',
			'组员分组回忆并说出物品名称，社工记录。',
			'揭开布核对，再悄悄拿走一件，请组员猜猜少了什么。',
			'进行配对图卡翻牌游戏，轮流翻两张，找出相同的图案。',
			'分享日常生活中帮助记忆的小方法。'
		],
		stepsEn: [
			'Place about ten everyday objects on a tray, let members look for one minute, then cover it.',
			'In teams, members recall and name the objects while the facilitator notes them down.',
			'Uncover and check, then secretly remove one item and ask what is missing.',
			'Play a matching game, taking turns to turn over two cards to find a pair.',
			'Share everyday tips for remembering things.'
		],
		tipsZh: '以小组合作代替个人比赛；难度根据组员的状况调整。',
		tipsEn: 'Use team cooperation rather than individual competition, and adjust difficulty to the group.',
		risksZh:
			'记忆力较弱的组员可能感到挫败或担心自己失智：强调游戏重在乐趣，不作评估；如发现明显的认知衰退迹象，活动后与家属沟通并建议就医评估。',
		risksEn:
			'Members with weaker memory may feel discouraged or worry about dementia: stress that the games are for fun, not assessment. If you notice clear signs of cognitive decline, talk with the family afterwards and suggest a medical assessment.'
	},
	{
		key: 'story-chain',
		titleZh: '故事接龙',
		titleEn: 'Story chain',
		purposeZh: '以图片卡为线索共同编故事，激发想象力与表达能力，练习倾听并接续他人的想法。',
		purposeEn:
			'Build a story together using picture cards as prompts, sparking imagination and expression while practising listening and building on others’ ideas.',
		stages: ['BEGINNING', 'WORKING'],
		themes: ['ELDER_SOCIAL', 'TEEN_EMOTION', 'PARENT_CHILD'],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 4,
		maxGroupSize: 12,
		materialsZh: '故事图片卡',
		materialsEn: 'Story picture cards',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'组员围坐，每人抽取一至两张图片卡。',
			'社工以一句开场白开始故事，如“很久以前，在一个小镇上……”。',
			'组员依次结合手中的图片接续一至两句，内容须与前文衔接。',
			'故事完成后一起为它取名，社工复述全文。',
			'分享：故事中哪一段最有意思？倾听并接续别人的想法时有什么感受？'
		],
		stepsEn: [
			'Sit in a circle; each member draws one or two picture cards.',
			'The facilitator opens the story, e.g. “Long ago, in a small town…”.',
			'In turn, each member adds one or two sentences using their cards, linking to what came before.',
			'When the story ends, give it a title together and the facilitator retells it.',
			'Sharing: which part did you enjoy most? How did it feel to listen and build on someone else’s idea?'
		],
		tipsZh: '亲子组可由亲子合作接龙；也可为故事设定主题，如“勇气”“朋友”。',
		tipsEn:
			'Parents and children can take turns as a pair. You can set a theme such as courage or friendship.',
		risksZh: '如有组员加入取笑他人的情节，社工温和地引导回主题；表达较慢的组员应给予充足时间。',
		risksEn:
			'If someone adds a plot that mocks others, gently steer back to the theme. Give members who speak more slowly plenty of time.'
	},
	{
		key: 'skill-sharing',
		titleZh: '我的拿手绝活',
		titleEn: 'My special skill',
		purposeZh: '邀请组员展示和传授自己的专长（如书法、编织、烹饪小窍门），肯定其能力与价值，促进互学互助。',
		purposeEn:
			'Members show and teach a skill of their own, such as calligraphy, knitting or cooking tips, affirming their abilities and encouraging mutual learning.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['ELDER_SOCIAL', 'RESIDENT_LEADERS', 'CARER_SUPPORT'],
		minMinutes: 30,
		maxMinutes: 45,
		defaultMinutes: 35,
		minGroupSize: 4,
		maxGroupSize: 15,
		materialsZh: '组员自备的作品或工具、展示桌',
		materialsEn: 'Items or tools brought by members, display table',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'上一节预先邀请两三位组员准备分享，商定所需时间与材料。',
			'分享者介绍自己的绝活及其背后的故事。',
			'分享者带领其他组员简单体验或学习一个小技巧。',
			'其他组员提问，并给予欣赏与回馈。',
			'讨论如何把大家的专长用于小组或社区，如开展义务教学。'
		],
		stepsEn: [
			'In the previous session, invite two or three members to prepare and agree on time and materials.',
			'Each presenter introduces their skill and the story behind it.',
			'The presenter leads the others in trying a simple technique.',
			'Others ask questions and offer appreciation and feedback.',
			'Discuss how members’ skills could serve the group or community, e.g. volunteer teaching.'
		],
		tipsZh: '每次安排的分享人数不宜过多；可协助较害羞的组员以搭档方式分享。',
		tipsEn: 'Do not schedule too many presenters at once. Shy members can present with a partner.',
		risksZh: '避免出现“谁更厉害”的比较；涉及刀具、热源或食物时，须做好安全与卫生安排。',
		risksEn:
			'Avoid comparisons of who is more skilled. Plan safety and hygiene carefully when knives, heat or food are involved.'
	},

	// ---------------------------------------------------------------- Carers 照顾者
	{
		key: 'caregiver-stress-check',
		titleZh: '照顾压力自评',
		titleEn: 'Caregiver stress check',
		purposeZh:
			'帮助照顾者觉察自身在身体、情绪、社交与经济等方面的压力信号，正视自己的需要，并为后续支持提供依据。',
		purposeEn:
			'Help carers recognise warning signs of strain in their physical health, emotions, social life and finances, acknowledge their own needs and inform further support.',
		stages: ['PREPARATION', 'BEGINNING', 'WORKING'],
		themes: ['CARER_SUPPORT'],
		minMinutes: 20,
		maxMinutes: 30,
		defaultMinutes: 25,
		minGroupSize: 1,
		maxGroupSize: 12,
		materialsZh: '照顾压力自评清单（非诊断用途）、笔',
		materialsEn: 'Caregiver stress self-check list (not a diagnostic tool), pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'说明自评清单只用于自我觉察，并非诊断工具，填写内容保密。',
			'组员填写清单，涵盖睡眠、疲劳、情绪、社交、经济与健康等方面。',
			'邀请组员自愿分享最困扰自己的一两项。',
			'社工肯定照顾者的付出，将压力正常化，并归纳大家的共同议题。',
			'请组员写下一件本周可以为自己做的小事。'
		],
		stepsEn: [
			'Explain that the checklist is for self-awareness only, not a diagnosis, and that answers stay confidential.',
			'Members complete the list, covering sleep, fatigue, mood, social life, finances and health.',
			'Invite members to share, if they wish, the one or two items that weigh on them most.',
			'Acknowledge the carers’ efforts, normalise the strain and summarise shared themes.',
			'Each member writes down one small thing they can do for themselves this week.'
		],
		tipsZh: '在组前面谈时使用可作为基线，小组结束时再次填写以比较变化。',
		tipsEn: 'Use it at the pre-group interview as a baseline and repeat it at the end to compare.',
		risksZh:
			'如发现严重的抑郁、耗竭，或出现伤害自己或被照顾者的念头，须立即进行个别评估，并按机构流程转介专业服务。',
		risksEn:
			'If you identify severe depression or burnout, or thoughts of harming oneself or the person cared for, assess individually at once and refer to professional services under agency procedures.'
	},
	{
		key: 'self-care-plan',
		titleZh: '自我照顾计划',
		titleEn: 'Self-care plan',
		purposeZh:
			'协助组员从身体、情绪、社交、兴趣等方面制订具体可行的自我照顾计划，在小组结束后持续维护身心健康。',
		purposeEn:
			'Help members draw up a concrete, realistic self-care plan covering body, emotions, relationships and interests, to sustain wellbeing after the group ends.',
		stages: ['CONSOLIDATING', 'ENDING'],
		themes: ['CARER_SUPPORT', 'TEEN_EMOTION', 'PARENT_CHILD'],
		minMinutes: 25,
		maxMinutes: 40,
		defaultMinutes: 30,
		minGroupSize: 2,
		maxGroupSize: 15,
		materialsZh: '自我照顾计划卡、彩笔',
		materialsEn: 'Self-care plan cards, coloured pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'讨论：什么是自我照顾？为什么照顾好自己也是一种责任？',
			'组员按身体、情绪、社交、兴趣四个方面，写下自己目前已经做到的事。',
			'在每个方面各选一项想新增或加强的行动，写明何时、何地、做多久。',
			'与伙伴分享计划，互相鼓励或提出建议，并预想可能的阻碍与应对方法。',
			'把计划卡带回家，放在显眼的地方。'
		],
		stepsEn: [
			'Discuss: what is self-care, and why is looking after yourself also a responsibility?',
			'Members note what they already do in four areas: body, emotions, relationships and interests.',
			'In each area, choose one action to add or strengthen, stating when, where and for how long.',
			'Share plans with a partner, offer encouragement or suggestions, and anticipate obstacles and responses.',
			'Take the card home and put it somewhere visible.'
		],
		tipsZh: '计划要小而具体，如“每周二散步20分钟”，以提高可行性。',
		tipsEn: 'Keep plans small and specific, e.g. “a 20-minute walk every Tuesday”, so they are achievable.',
		risksZh:
			'组员可能因时间或经济限制而感到无能为力：肯定其处境，协助找出低成本、短时间的方法，并链接社区资源。',
		risksEn:
			'Members may feel powerless because of time or money constraints: acknowledge this, help find low-cost, short options and connect them with community resources.'
	},
	{
		key: 'support-network-map',
		titleZh: '支持网络图',
		titleEn: 'Support network map',
		purposeZh:
			'以图像方式呈现组员的支持网络（家人、朋友、邻里、正式服务），发现可用资源与缺口，并计划如何加强支持。',
		purposeEn:
			'Draw each member’s support network (family, friends, neighbours, formal services) to identify resources and gaps and plan how to strengthen support.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['CARER_SUPPORT', 'TEEN_EMOTION', 'ELDER_SOCIAL'],
		minMinutes: 25,
		maxMinutes: 40,
		defaultMinutes: 30,
		minGroupSize: 2,
		maxGroupSize: 12,
		materialsZh: 'A4纸、彩笔、贴纸',
		materialsEn: 'A4 paper, coloured pens, stickers',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'组员在纸的中央画出自己，周围分层画出家人、朋友、邻里、社区与专业服务。',
			'用线的粗细表示关系的亲疏或支持的多少，用不同颜色标出情感、实务与资讯支持。',
			'观察网络图：谁是最主要的支持？哪一类支持比较缺乏？',
			'两人一组分享，各自找出一个可以加强或重新联系的支持来源。',
			'社工补充社区资源信息，如喘息服务、心理支持热线与互助小组。'
		],
		stepsEn: [
			'Members draw themselves in the centre, with rings for family, friends, neighbours, community and professional services.',
			'Line thickness shows closeness or amount of support; colours mark emotional, practical and information support.',
			'Look at the map: who is the main support? What kind of support is lacking?',
			'Share in pairs and each identify one source of support to strengthen or reconnect with.',
			'The facilitator adds information on community resources such as respite care, support hotlines and peer groups.'
		],
		tipsZh: '可在小组结束时再画一次，比较前后变化。',
		tipsEn: 'Draw it again at the end of the group to compare.',
		risksZh:
			'支持网络较薄弱的组员可能感到孤单或羞愧：以接纳的态度回应，强调小组本身也是新的支持；留意社会孤立的高风险组员并个别跟进。',
		risksEn:
			'Members with thin networks may feel lonely or ashamed: respond with acceptance and point out that the group itself is a new source of support. Follow up individually with members at high risk of isolation.'
	},

	// ---------------------------------------------------------------- Parent-child 亲子
	{
		key: 'i-messages',
		titleZh: '我信息表达',
		titleEn: 'I-messages',
		purposeZh:
			'学习以“我信息”（我感到……因为……我希望……）表达感受与需要，代替指责式的“你信息”，减少冲突、增进理解。',
		purposeEn:
			'Learn to express feelings and needs with I-messages (“I feel… because… I would like…”) instead of blaming “you” statements, reducing conflict and building understanding.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['PARENT_CHILD', 'TEEN_EMOTION', 'CARER_SUPPORT'],
		minMinutes: 25,
		maxMinutes: 40,
		defaultMinutes: 30,
		minGroupSize: 2,
		maxGroupSize: 16,
		materialsZh: '“我信息”句式卡、情境卡',
		materialsEn: 'I-message sentence cards, scenario cards',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'对比“你总是不听话！”与“你没有按时回家，我很担心，因为联系不上你；我希望你晚归时先告诉我”。',
			'讲解“我信息”的三个部分：具体行为、我的感受、我的需要或期望。',
			'组员抽取情境卡，把“你信息”改写为“我信息”。',
			'两人一组（亲子组由家长和孩子搭档）练习说出“我信息”，对方复述自己听到的内容。',
			'分享练习感受，约定本周在家中至少使用一次。'
		],
		stepsEn: [
			'Contrast “You never listen!” with “When you did not come home on time I was worried, because I could not reach you; I would like you to tell me when you will be late.”',
			'Explain the three parts of an I-message: the specific behaviour, my feeling, my need or request.',
			'Members draw scenario cards and rewrite “you” statements as I-messages.',
			'In pairs (parent with child in parent-child groups), practise saying I-messages while the partner repeats back what they heard.',
			'Share how it felt and agree to use one at home at least once this week.'
		],
		tipsZh: '描述行为要具体、不评价；孩子同样可以对家长使用“我信息”。',
		tipsEn:
			'Describe behaviour specifically and without judgement. Children can use I-messages with parents too.',
		risksZh:
			'组员可能把“我信息”变成新的指责方式（如“我觉得你很烦”），社工应及时示范修正；涉及家庭暴力的情况须另行评估。',
		risksEn:
			'Members may turn I-messages into disguised blame (“I feel you are annoying”); model a correction promptly. Any indication of family violence needs a separate assessment.'
	},
	{
		key: 'active-listening',
		titleZh: '积极倾听练习',
		titleEn: 'Active listening practice',
		purposeZh: '练习专注、复述、情感反映和开放式提问等倾听技巧，让对方感到被理解和尊重。',
		purposeEn:
			'Practise listening skills such as attending, paraphrasing, reflecting feelings and asking open questions, so the speaker feels understood and respected.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['PARENT_CHILD', 'TEEN_EMOTION', 'CARER_SUPPORT', 'RESIDENT_LEADERS'],
		minMinutes: 25,
		maxMinutes: 35,
		defaultMinutes: 30,
		minGroupSize: 3,
		maxGroupSize: 21,
		materialsZh: '观察记录表、计时器',
		materialsEn: 'Observation sheets, timer',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'社工示范“心不在焉的倾听”与“积极倾听”，请组员说出两者的差别。',
			'讲解要点：眼神与身体姿态、不打断、复述内容、反映感受、开放式提问。',
			'三人一组，分别担任讲述者、倾听者和观察员，讲述者分享一件近期的小事。',
			'观察员用记录表回馈倾听者做得好的地方和可以改进之处，三人轮换角色。',
			'全组讨论：被认真倾听是什么感受？在家庭或社区工作中可以如何运用？'
		],
		stepsEn: [
			'The facilitator demonstrates distracted listening and active listening; members name the differences.',
			'Explain the key points: eye contact and posture, not interrupting, paraphrasing, reflecting feelings, open questions.',
			'In threes, take the roles of speaker, listener and observer; the speaker shares a small recent event.',
			'The observer uses the sheet to tell the listener what went well and what could improve; rotate roles.',
			'Group discussion: what is it like to be truly heard? How can you use this at home or in community work?'
		],
		tipsZh: '分享的话题宜轻松，如“最近开心的一件事”；亲子组可安排亲子搭档。',
		tipsEn:
			'Keep topics light, such as “something that made me happy recently”. Pair parents with their children in parent-child groups.',
		risksZh: '倾听练习可能引出较深的个人议题：提醒讲述者自行把握分享深度，必要时社工介入支持。',
		risksEn:
			'Listening practice can surface deeper personal issues: remind speakers to choose how much to share, and step in to support when needed.'
	},
	{
		key: 'family-sculpture',
		titleZh: '家庭雕塑',
		titleEn: 'Family sculpture',
		purposeZh:
			'以身体位置、距离和姿态呈现家庭成员之间的关系，帮助组员直观地觉察家庭互动模式，并探索期望的改变。',
		purposeEn:
			'Represent family relationships through position, distance and posture so members can see family patterns more clearly and explore the changes they hope for.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['PARENT_CHILD'],
		minMinutes: 30,
		maxMinutes: 45,
		defaultMinutes: 35,
		minGroupSize: 6,
		maxGroupSize: 14,
		materialsZh: '',
		materialsEn: '',
		needsMaterials: false,
		energy: 'MEDIUM',
		stepsZh: [
			'社工说明活动方法与安全约定，征得自愿担任“雕塑者”的组员同意。',
			'雕塑者邀请其他组员扮演家庭成员，安排他们的位置、距离、姿态与表情。',
			'雕塑完成后，请扮演者说出在这个位置上的感受，雕塑者观察整体画面。',
			'邀请雕塑者调整为“希望的家庭样子”，再请扮演者分享感受的变化。',
			'全体“去角色”，回到座位分享对家庭关系的新发现。'
		],
		stepsEn: [
			'Explain the method and safety agreements, and get consent from a member who volunteers as “sculptor”.',
			'The sculptor asks others to play family members and places them, choosing distance, posture and expression.',
			'Once the sculpture is set, role-players say how it feels in their position while the sculptor takes in the whole picture.',
			'The sculptor reshapes it into “the family I hope for”, and role-players share what changed for them.',
			'Everyone de-roles, returns to their seats and shares new insights about family relationships.'
		],
		tipsZh: '本活动强度较高，宜由有经验的社工带领，并在小组已建立信任后进行。',
		tipsEn:
			'This is an intense activity: it should be led by an experienced worker once trust has been established.',
		risksZh:
			'可能触发强烈情绪，或揭示家庭冲突、暴力等问题：控制深度，确保“去角色”，活动后个别跟进；亲子同场时避免让孩子在家长面前承受压力。',
		risksEn:
			'It may trigger strong emotions or reveal conflict or violence at home: manage the depth, make sure everyone de-roles and follow up individually. When parents and children are both present, avoid putting pressure on the child in front of the parent.'
	},
	{
		key: 'specific-praise',
		titleZh: '具体赞赏练习',
		titleEn: 'Specific praise practice',
		purposeZh: '学习针对具体行为和努力给予赞赏（而非笼统的“你真棒”），增加家庭和小组中的正向互动。',
		purposeEn:
			'Learn to praise specific behaviour and effort rather than a vague “well done”, increasing positive interaction in the family and the group.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['PARENT_CHILD', 'TEEN_EMOTION', 'ELDER_SOCIAL'],
		minMinutes: 15,
		maxMinutes: 30,
		defaultMinutes: 20,
		minGroupSize: 2,
		maxGroupSize: 20,
		materialsZh: '赞赏句式卡、便利贴',
		materialsEn: 'Praise sentence cards, sticky notes',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'对比笼统称赞与具体赞赏，如“你真棒”与“你今天主动收拾了书桌，房间整洁多了，谢谢你”。',
			'讲解具体赞赏的要素：看到的行为、付出的努力、带来的影响。',
			'组员为身边的伙伴（或亲子彼此）写一句具体赞赏，贴在对方的卡片上。',
			'轮流读出收到的赞赏，分享被欣赏时的感受。',
			'约定本周每天至少给家人一句具体赞赏，下节分享。'
		],
		stepsEn: [
			'Contrast vague and specific praise, e.g. “Great job” versus “You tidied your desk without being asked; the room looks much better, thank you.”',
			'Explain the elements: the behaviour you saw, the effort made, the difference it made.',
			'Members write a specific compliment for a partner (or parent and child for each other) and stick it on their card.',
			'Take turns reading the praise received and share how it feels to be appreciated.',
			'Agree to give family members at least one specific compliment a day this week and report back.'
		],
		tipsZh: '赞赏努力与过程，而不只看结果或天赋。',
		tipsEn: 'Praise effort and process, not just results or talent.',
		risksZh: '有组员可能不习惯接受赞赏而显得尴尬，社工以轻松的方式回应；避免用赞赏进行比较（如“比哥哥强”）。',
		risksEn:
			'Some members are not used to receiving praise and may feel awkward; respond lightly. Avoid praise that compares (“better than your brother”).'
	},
	{
		key: 'parent-child-co-drawing',
		titleZh: '亲子合作画',
		titleEn: 'Parent-child co-drawing',
		purposeZh: '亲子在不说话或少说话的情况下合作完成一幅画，观察彼此的互动方式，增进默契与乐趣。',
		purposeEn:
			'Parent and child complete a drawing together with few or no words, noticing how they interact and building rapport and fun.',
		stages: ['BEGINNING', 'WORKING'],
		themes: ['PARENT_CHILD'],
		minMinutes: 20,
		maxMinutes: 30,
		defaultMinutes: 25,
		minGroupSize: 4,
		maxGroupSize: 20,
		materialsZh: '大画纸、蜡笔或水彩笔',
		materialsEn: 'Large drawing paper, crayons or felt-tip pens',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'每个家庭一张大画纸，共用一盒画笔，社工定下主题，如“我们的家”“一起去旅行”。',
			'第一阶段约八分钟，不说话，用画笔轮流作画。',
			'第二阶段可以交谈，共同完成作品并为它命名。',
			'各家庭展示作品，分别由孩子和家长介绍。',
			'社工引导讨论：谁先动笔？如何回应对方的想法？有什么新发现？'
		],
		stepsEn: [
			'Each family gets one large sheet and shares one set of pens; the facilitator sets a theme such as “our home” or “a trip together”.',
			'Phase one, about eight minutes: draw in turns without talking.',
			'Phase two: talk, finish the picture together and give it a title.',
			'Families show their work, with both child and parent describing it.',
			'Discuss: who started? How did you respond to each other’s ideas? What did you notice?'
		],
		tipsZh: '社工只描述观察到的正向互动，不评论画得好坏。',
		tipsEn: 'Describe only the positive interactions you observed; never comment on drawing quality.',
		risksZh: '家长可能过度主导或批评孩子的画作：社工温和提醒“平等合作”的规则，活动后与家长个别交流。',
		risksEn:
			'A parent may dominate or criticise the child’s drawing: gently restate the “equal partners” rule and talk with the parent individually afterwards.'
	},

	// ---------------------------------------------------------------- Resident leaders 居民骨干
	{
		key: 'community-asset-mapping',
		titleZh: '社区资产地图',
		titleEn: 'Community asset mapping',
		purposeZh: '以优势视角盘点社区中的人、组织、场地、文化与经济等资产，为居民行动和社区项目寻找可用资源。',
		purposeEn:
			'Take a strengths-based inventory of the community’s people, organisations, spaces, culture and economic assets, identifying resources for resident action and projects.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['RESIDENT_LEADERS', 'ELDER_SOCIAL'],
		minMinutes: 40,
		maxMinutes: 60,
		defaultMinutes: 45,
		minGroupSize: 4,
		maxGroupSize: 20,
		materialsZh: '社区平面图或大白纸、彩色圆点贴纸、便利贴、彩笔',
		materialsEn: 'Community map or flip-chart paper, coloured dot stickers, sticky notes, markers',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'讲解资产为本的理念：先看社区已经拥有什么，而不只看缺少什么。',
			'分组在社区地图上标出五类资产：居民才能、社区组织、公共空间、文化传统、经济与服务资源。',
			'用不同颜色的贴纸标示，并在便利贴上简单说明。',
			'各组展示地图，全组补充遗漏的资产。',
			'讨论：哪些资产可以连结起来？哪些尚未被充分利用？'
		],
		stepsEn: [
			'Introduce asset-based thinking: start with what the community already has, not only what it lacks.',
			'In groups, mark five kinds of assets on the map: residents’ skills, community organisations, public spaces, cultural traditions, economic and service resources.',
			'Use different coloured stickers and add short notes on sticky notes.',
			'Groups present their maps and the whole group adds anything missing.',
			'Discuss: which assets could be linked? Which are under-used?'
		],
		tipsZh: '可在活动前安排社区走访或拍照；地图应保留，供后续项目策划使用。',
		tipsEn: 'A community walk or photo tour beforehand helps. Keep the map for later project planning.',
		risksZh:
			'讨论可能转为对社区问题的抱怨：承认问题的存在，再引导回到资源与可行的行动；涉及个别住户信息时注意保护隐私。',
		risksEn:
			'Discussion may slide into complaints about community problems: acknowledge them, then steer back to resources and feasible action. Protect privacy when individual households come up.'
	},
	{
		key: 'dot-voting-priorities',
		titleZh: '圆点投票定议题',
		titleEn: 'Dot voting on priorities',
		purposeZh: '以公开、平等的圆点投票方式共同排列社区议题的优先次序，练习民主参与和集体决策。',
		purposeEn:
			'Use open, equal dot voting to rank community issues together, practising democratic participation and collective decision-making.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['RESIDENT_LEADERS'],
		minMinutes: 20,
		maxMinutes: 30,
		defaultMinutes: 25,
		minGroupSize: 4,
		maxGroupSize: 30,
		materialsZh: '大白纸、彩色圆点贴纸、马克笔',
		materialsEn: 'Flip-chart paper, coloured dot stickers, markers',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'组员以头脑风暴列出社区关心的议题，写在大白纸上，合并相近的项目。',
			'讨论议题的选择标准，如影响人数、紧迫程度、居民能否参与。',
			'每人获得三个圆点贴纸，贴在最希望优先处理的议题上。',
			'统计结果，讨论得票最高的议题，同时听取少数意见。',
			'确认下一步需要深入讨论或采取行动的议题。'
		],
		stepsEn: [
			'Brainstorm the issues residents care about, write them on flip-chart paper and merge similar items.',
			'Agree criteria for choosing, such as how many people are affected, urgency and whether residents can take part.',
			'Each person gets three dots to place on the issues they most want prioritised.',
			'Count the votes, discuss the top issues and make room for minority views.',
			'Confirm which issues to explore further or act on next.'
		],
		tipsZh: '强调少数意见同样重要，可安排第二轮讨论；结果应记录下来作为项目策划的依据。',
		tipsEn:
			'Stress that minority views matter too, and allow a second round if needed. Record the results for project planning.',
		risksZh: '可能出现拉票或从众压力：事先说明独立投票的原则；为对结果不满的组员提供表达空间。',
		risksEn:
			'Watch for lobbying or pressure to conform: state the principle of independent voting beforehand, and give members unhappy with the result space to say so.'
	},
	{
		key: 'meeting-facilitation-practice',
		titleZh: '会议主持演练',
		titleEn: 'Meeting facilitation practice',
		purposeZh:
			'通过模拟居民会议，练习订立议程、掌握时间、鼓励发言、处理分歧和总结决议等主持技巧，提升骨干的组织能力。',
		purposeEn:
			'Run a mock residents’ meeting to practise setting an agenda, keeping time, encouraging participation, handling disagreement and summarising decisions, strengthening leaders’ organising skills.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['RESIDENT_LEADERS'],
		minMinutes: 30,
		maxMinutes: 50,
		defaultMinutes: 40,
		minGroupSize: 5,
		maxGroupSize: 16,
		materialsZh: '会议议程模板、计时器、角色卡（如常跑题者、沉默者）',
		materialsEn: 'Agenda template, timer, role cards (e.g. the one who drifts off topic, the quiet one)',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'讲解会议主持的基本流程与要点：开场、议程、发言规则、讨论、决议、分工、总结。',
			'选定一个模拟议题（如楼道清洁安排），由一位组员担任主持人、一位担任记录。',
			'其他组员抽取角色卡参加模拟会议，会议时长约15分钟。',
			'主持人先分享感受，观察员与社工再给予具体回馈。',
			'轮换主持人再进行一轮，共同整理一份“好主持”清单。'
		],
		stepsEn: [
			'Explain the basic flow and key points of chairing: opening, agenda, ground rules, discussion, decisions, task allocation, summary.',
			'Pick a mock topic (e.g. stairwell cleaning rota); one member chairs and another takes minutes.',
			'Other members draw role cards and take part in a 15-minute mock meeting.',
			'The chair shares first, then observers and the facilitator give specific feedback.',
			'Rotate the chair for another round and compile a “good chairing” checklist together.'
		],
		tipsZh: '角色卡应有趣而不夸张；鼓励首次主持的组员从较小的议题开始。',
		tipsEn:
			'Make role cards fun but not exaggerated. Encourage first-time chairs to start with a small topic.',
		risksZh: '模拟中可能引发组员之间真实的分歧：社工及时暂停并回到练习目标，必要时于活动后协助调解。',
		risksEn:
			'The role play may surface real disagreements between members: pause promptly, return to the learning goal and help mediate afterwards if needed.'
	},
	{
		key: 'project-planning',
		titleZh: '社区小项目策划',
		titleEn: 'Community project planning',
		purposeZh:
			'带领居民骨干把优先议题转化为具体可行的社区小项目，学习设定目标、分工、时间表、预算与风险评估。',
		purposeEn:
			'Guide resident leaders in turning a priority issue into a small, feasible community project, learning to set objectives, roles, timelines, budgets and risk assessments.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['RESIDENT_LEADERS'],
		minMinutes: 40,
		maxMinutes: 60,
		defaultMinutes: 45,
		minGroupSize: 3,
		maxGroupSize: 16,
		materialsZh: '项目策划表、大白纸、便利贴、马克笔',
		materialsEn: 'Project planning template, flip-chart paper, sticky notes, markers',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'回顾社区资产地图和已选定的议题，明确项目希望带来的改变。',
			'分组填写策划表：目标、对象、活动内容、分工、时间表、所需资源与预算。',
			'用便利贴列出可能遇到的困难与应对办法。',
			'各组汇报，其他组员以“我欣赏……我建议……”的方式回馈。',
			'确定项目负责人和下一步行动，并约定跟进时间。'
		],
		stepsEn: [
			'Revisit the asset map and chosen issue, and clarify the change the project aims to bring.',
			'In groups, fill in the template: objectives, beneficiaries, activities, roles, timeline, resources and budget.',
			'List likely difficulties and responses on sticky notes.',
			'Groups present; others give feedback using “I appreciate… I suggest…”.',
			'Name a project lead and next steps, and set a follow-up date.'
		],
		tipsZh: '项目规模宜小、周期宜短，让骨干较快获得成功经验。',
		tipsEn: 'Keep projects small and short so leaders experience success early.',
		risksZh: '避免由社工包办，坚持由居民作决定；预算涉及公共资金时，须说明财务公开与审批程序。',
		risksEn:
			'Do not take over: residents make the decisions. Where public funds are involved, explain financial transparency and approval procedures.'
	},

	// ---------------------------------------------------------------- Strengths & growth 优势与成长
	{
		key: 'strengths-bombardment',
		titleZh: '优点轰炸',
		titleEn: 'Strengths bombardment',
		purposeZh: '组员轮流接受其他人对其优点与贡献的具体肯定，提升自我价值感，强化组员之间的正向连结。',
		purposeEn:
			'Members take turns receiving specific affirmation of their strengths and contributions from others, boosting self-worth and strengthening positive bonds.',
		stages: ['CONSOLIDATING', 'ENDING'],
		themes: [...ALL_THEMES],
		minMinutes: 20,
		maxMinutes: 30,
		defaultMinutes: 25,
		minGroupSize: 4,
		maxGroupSize: 12,
		materialsZh: '',
		materialsEn: '',
		needsMaterials: false,
		energy: 'MEDIUM',
		stepsZh: [
			'社工说明规则：只说真诚、具体的优点，并尽量举出小组中的例子。',
			'一位组员坐到圆圈中间（或被点名），其他组员依次说出他的优点。',
			'接受者只需聆听并说“谢谢”，不需要推辞或解释。',
			'每位组员轮流接受“轰炸”，社工可记录下来制成卡片送给组员。',
			'分享：听到别人眼中的自己，有什么感受和发现？'
		],
		stepsEn: [
			'Explain the rules: name only sincere, specific strengths, with examples from the group where possible.',
			'One member sits in the centre (or is named) and others take turns naming their strengths.',
			'The receiver just listens and says “thank you”, without brushing it off or explaining.',
			'Everyone takes a turn; the facilitator can write the comments on a card for each member.',
			'Sharing: how did it feel to hear how others see you, and what did you discover?'
		],
		tipsZh: '适合在组员已相互熟悉的中后期进行；人数较多时可分小组进行。',
		tipsEn:
			'Best in later sessions when members know each other well. Split into smaller circles for larger groups.',
		risksZh: '避免涉及外貌评价或开玩笑式的“反向轰炸”；关注获得回馈较少的组员，社工可补充具体的肯定。',
		risksEn:
			'Rule out comments on appearance and joking “reverse bombardment”. Watch for members receiving fewer comments and add your own specific affirmation.'
	},
	{
		key: 'gratitude-journal',
		titleZh: '感恩日记',
		titleEn: 'Gratitude journal',
		purposeZh: '引导组员每天记录值得感恩的小事，培养积极情绪，增强对生活中支持的觉察。',
		purposeEn:
			'Encourage members to note small things they are grateful for each day, nurturing positive emotion and awareness of the support around them.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'ELDER_SOCIAL', 'CARER_SUPPORT', 'PARENT_CHILD'],
		minMinutes: 10,
		maxMinutes: 20,
		defaultMinutes: 15,
		minGroupSize: 1,
		maxGroupSize: 20,
		materialsZh: '小本子或日记卡、笔',
		materialsEn: 'Small notebooks or journal cards, pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'讨论：最近有什么让你感到温暖或想感谢的小事？',
			'发放日记本，示范写法：今天感谢的三件事，以及感谢的原因。',
			'组员现场写下第一篇，自愿分享。',
			'约定在两节之间持续记录，下节开场时分享一则。'
		],
		stepsEn: [
			'Discuss: what small things have made you feel warm or thankful lately?',
			'Hand out notebooks and model the format: three things I am grateful for today and why.',
			'Members write their first entry now and share if they wish.',
			'Agree to keep writing between sessions and share one entry at the start of the next.'
		],
		tipsZh: '强调事情越小、越具体越好；亲子可以一起写家庭感恩日记。',
		tipsEn: 'The smaller and more specific the better. Families can keep a shared gratitude journal.',
		risksZh:
			'处于困境中的组员可能觉得“没什么值得感谢”：接纳其感受，不强求正向，可以从一杯热茶之类的小事开始。',
		risksEn:
			'Members going through hard times may feel there is nothing to be grateful for: accept that, do not force positivity, and suggest starting with something as small as a cup of tea.'
	},
	{
		key: 'goal-setting',
		titleZh: '个人目标设定',
		titleEn: 'Personal goal setting',
		purposeZh:
			'协助组员运用SMART原则（具体、可衡量、可达成、相关、有时限）订立在小组中的个人目标，并在过程中检视进度。',
		purposeEn:
			'Help members set personal goals for the group using SMART criteria (specific, measurable, achievable, relevant, time-bound) and review progress along the way.',
		stages: ['PREPARATION', 'BEGINNING', 'WORKING', 'CONSOLIDATING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT', 'PARENT_CHILD', 'RESIDENT_LEADERS'],
		minMinutes: 20,
		maxMinutes: 30,
		defaultMinutes: 25,
		minGroupSize: 1,
		maxGroupSize: 15,
		materialsZh: '目标卡、笔',
		materialsEn: 'Goal cards, pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'介绍SMART原则，并对比模糊目标与具体目标的例子。',
			'组员写下一个在小组期间想达成的个人目标，以及衡量的方法。',
			'两人一组互相检查目标是否符合SMART原则，并作修改。',
			'为目标拆分出第一个小步骤，写明完成时间。',
			'社工收集或拍照记录目标卡，在中期和结束时一起回顾。'
		],
		stepsEn: [
			'Introduce the SMART criteria and compare vague and specific goals.',
			'Members write one personal goal for the group and how they will measure it.',
			'In pairs, check each other’s goals against SMART and revise them.',
			'Break the goal down into a first small step with a completion date.',
			'Collect or photograph the goal cards to review at the mid-point and the end.'
		],
		tipsZh: '可配合目标达成量表（GAS）进行成效评估；目标以组员自己的语言表达。',
		tipsEn:
			'Pair with Goal Attainment Scaling (GAS) for outcome evaluation, and keep goals in the member’s own words.',
		risksZh: '目标过高容易带来挫败感，社工协助调整为可达成的小目标；尊重组员的决定，不强加社工的期望。',
		risksEn:
			'Overly ambitious goals lead to disappointment, so help scale them down to achievable steps. Respect the member’s choice rather than imposing your own expectations.'
	},
	{
		key: 'mid-group-review',
		titleZh: '中期回顾',
		titleEn: 'Mid-group review',
		purposeZh: '在小组中期回顾目标进展与组员感受，收集意见并共同调整后续内容，增强组员的参与感与主导感。',
		purposeEn:
			'At the mid-point, review progress and how members are finding the group, gather feedback and adjust the remaining sessions together, strengthening ownership.',
		stages: ['WORKING', 'CONSOLIDATING'],
		themes: [...ALL_THEMES],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 3,
		maxGroupSize: 20,
		materialsZh: '回顾海报（如期望树）、彩色圆点贴纸、便利贴',
		materialsEn: 'Review poster (e.g. the expectation tree), coloured dot stickers, sticky notes',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'展示第一节的期望树或目标卡，回顾小组至今进行过的活动。',
			'组员用圆点贴纸在“收获”“满意度”等量尺上标出自己的评价。',
			'在便利贴上写下“继续做的”“开始做的”“停止做的”各一项建议。',
			'全组讨论建议，社工说明后续各节将如何调整。',
			'重申小组规范，如有需要可补充或修订。'
		],
		stepsEn: [
			'Display the expectation tree or goal cards from session one and recap the activities so far.',
			'Members place dot stickers on scales such as “what I have gained” and “satisfaction”.',
			'On sticky notes, each writes one suggestion to keep, start and stop doing.',
			'Discuss the suggestions; the facilitator explains how later sessions will be adjusted.',
			'Revisit the group norms and add or revise them if needed.'
		],
		tipsZh: '可采用匿名方式收集建议，让组员更放心地表达。',
		tipsEn: 'Collect suggestions anonymously so members feel freer to speak.',
		risksZh: '出现负面意见时以开放、感谢的态度接纳，避免辩解；如涉及组员之间的冲突，另行安排处理。',
		risksEn:
			'Receive critical feedback openly and with thanks rather than defending. If it involves conflict between members, deal with it separately.'
	},

	// ---------------------------------------------------------------- Ending 结束期
	{
		key: 'appreciation-letters',
		titleZh: '感谢信',
		titleEn: 'Appreciation letters',
		purposeZh: '组员为小组伙伴、家人或自己写下感谢与祝福，表达在小组中的收获，以温暖的方式处理离别。',
		purposeEn:
			'Members write thanks and good wishes to fellow members, family or themselves, expressing what they gained and handling goodbyes warmly.',
		stages: ['ENDING'],
		themes: [...ALL_THEMES],
		minMinutes: 20,
		maxMinutes: 30,
		defaultMinutes: 25,
		minGroupSize: 3,
		maxGroupSize: 20,
		materialsZh: '信纸或卡片、信封、彩笔',
		materialsEn: 'Letter paper or cards, envelopes, coloured pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'为每位组员准备一个写有名字的信封，张贴或摆放在桌上。',
			'组员为其他伙伴写下简短的感谢或祝福，放进对方的信封。',
			'组员也可以另写一封信给家人或自己，感谢过程中的支持与努力。',
			'每人取回自己的信封，可以当场阅读，也可以回家再读。',
			'自愿分享一句最打动自己的话。'
		],
		stepsEn: [
			'Prepare an envelope with each member’s name and put them up on the wall or table.',
			'Members write short notes of thanks or good wishes to others and place them in their envelopes.',
			'Members may also write a letter to family or to themselves, thanking them for support and effort.',
			'Each person collects their envelope to read now or at home.',
			'Anyone who wishes can share one line that touched them.'
		],
		tipsZh: '书写有困难的组员可以口述，由社工或伙伴代写。',
		tipsEn: 'Members who find writing difficult can dictate to a worker or partner.',
		risksZh: '避免有人收到的信明显较少：可约定“每人至少写给三位伙伴”，社工亦亲自为每位组员写信。',
		risksEn:
			'Make sure no one receives noticeably fewer notes: agree that everyone writes to at least three people, and write to every member yourself.'
	},
	{
		key: 'memory-book',
		titleZh: '小组纪念册',
		titleEn: 'Group memory book',
		purposeZh: '组员共同制作记录小组历程的纪念册，整理收获与回忆，把小组经验延续到生活中。',
		purposeEn:
			'Members create a memory book of the group’s journey together, capturing what they learned and remember and carrying the experience into daily life.',
		stages: ['CONSOLIDATING', 'ENDING'],
		themes: [...ALL_THEMES],
		minMinutes: 30,
		maxMinutes: 45,
		defaultMinutes: 35,
		minGroupSize: 3,
		maxGroupSize: 15,
		materialsZh: '活动照片、卡纸、胶水、彩笔、贴纸、活页夹',
		materialsEn: 'Session photos, card, glue, coloured pens, stickers, ring binder',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'事先打印各节活动照片（须已取得组员同意），准备制作材料。',
			'每位组员制作一页，内容可包括照片、收获和给伙伴的话。',
			'增设“我们的规范”“我们的成长”等共同页面。',
			'汇集成册，大家轮流翻阅分享，或复印给每位组员留念。'
		],
		stepsEn: [
			'Print photos from past sessions (with members’ consent) and prepare materials.',
			'Each member makes one page, which may include photos, what they gained and messages to others.',
			'Add shared pages such as “our norms” and “how we have grown”.',
			'Bind it into a book to pass around, or copy it so every member has one.'
		],
		tipsZh: '可在倒数第二节开始制作，最后一节展示。',
		tipsEn: 'Start in the second-to-last session and present it in the final one.',
		risksZh:
			'使用照片须事先取得组员同意（未成年人须取得监护人同意）；对不愿出镜的组员，以文字或画作代替照片。',
		risksEn:
			'Photos need prior consent (from a guardian for minors). Members who prefer not to be pictured can contribute writing or drawings instead.'
	},
	{
		key: 'certificate-ceremony',
		titleZh: '结业证书仪式',
		titleEn: 'Certificate ceremony',
		purposeZh: '以正式而温馨的仪式肯定组员的参与和成长，强化成就感，为小组画上圆满的句号。',
		purposeEn:
			'A warm, formal ceremony that recognises members’ participation and growth, reinforces achievement and brings the group to a fitting close.',
		stages: ['ENDING'],
		themes: [...ALL_THEMES],
		minMinutes: 10,
		maxMinutes: 25,
		defaultMinutes: 15,
		minGroupSize: 2,
		maxGroupSize: 30,
		materialsZh: '结业证书、小纪念品、音乐（可选）',
		materialsEn: 'Certificates, small keepsakes, music (optional)',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'布置场地，准备写有每位组员名字和个人化赞语的证书。',
			'社工逐一颁发证书，并读出一句对该组员的具体肯定。',
			'邀请组员用一句话分享此刻的心情或未来的打算。',
			'全体合影留念（须事先征得同意）。'
		],
		stepsEn: [
			'Set up the room and prepare certificates with each member’s name and a personal word of appreciation.',
			'Present certificates one by one, reading out a specific affirmation for each member.',
			'Invite each member to share in one sentence how they feel now or what they plan next.',
			'Take a group photo (with prior consent).'
		],
		tipsZh: '可邀请家人或合作伙伴出席，增加仪式感。',
		tipsEn: 'Inviting family members or partners can add to the sense of occasion.',
		risksZh: '出席次数较少的组员也应获得肯定，可颁发“参与证书”；避免公开排名或比较。',
		risksEn:
			'Members who attended less should still be recognised, for example with a participation certificate. Avoid public ranking or comparison.'
	},
	{
		key: 'closing-circle',
		titleZh: '结束圈',
		titleEn: 'Closing circle',
		purposeZh: '在每节或整个小组结束时围圈，用一句话总结收获与感受，帮助组员整理经验、平稳离开。',
		purposeEn:
			'At the end of each session or of the whole group, members sit in a circle and sum up what they take away in one sentence, helping them consolidate and leave settled.',
		stages: ['BEGINNING', 'WORKING', 'CONSOLIDATING', 'ENDING'],
		themes: [...ALL_THEMES],
		minMinutes: 5,
		maxMinutes: 15,
		defaultMinutes: 10,
		minGroupSize: 2,
		maxGroupSize: 25,
		materialsZh: '',
		materialsEn: '',
		needsMaterials: false,
		energy: 'LOW',
		stepsZh: [
			'全体围圈站立或坐下。',
			'社工提出一个简短的问题，如“今天我带走的一个收获是……”。',
			'组员依次回答，每人一句，也可以选择“跳过”。',
			'社工简短总结本节内容，预告下节安排和家庭作业。',
			'以简单的共同动作（如一起鼓掌或握手）结束。'
		],
		stepsEn: [
			'Everyone stands or sits in a circle.',
			'The facilitator asks a short question, e.g. “One thing I am taking away today is…”.',
			'Members answer in turn with one sentence each, or may pass.',
			'Briefly sum up the session and preview the next one and any home practice.',
			'End with a simple shared gesture such as applause or a handshake.'
		],
		tipsZh: '每节使用可形成稳定的小组仪式；最后一节可改为“我想对小组说……”。',
		tipsEn:
			'Using it every session creates a reliable ritual. In the final session, try “What I want to say to the group is…”.',
		risksZh: '若有组员在本节情绪明显波动，结束圈后留下来个别关心，不让其带着强烈情绪离开。',
		risksEn:
			'If a member was visibly upset during the session, check in with them individually afterwards so they do not leave in distress.'
	},
	{
		key: 'review-and-farewell',
		titleZh: '回顾与告别',
		titleEn: 'Review and farewell',
		purposeZh: '回顾小组历程与目标达成情况，肯定组员的成长，处理离别情绪，并讨论如何把所学延续到日常生活中。',
		purposeEn:
			'Look back over the group’s journey and goals, affirm members’ growth, work through feelings about ending and discuss how to carry learning into daily life.',
		stages: ['ENDING'],
		themes: [...ALL_THEMES],
		minMinutes: 20,
		maxMinutes: 40,
		defaultMinutes: 30,
		minGroupSize: 2,
		maxGroupSize: 20,
		materialsZh: '历次活动照片或投影、期望树海报、便利贴、结束评估问卷',
		materialsEn:
			'Photos or slides from past sessions, expectation tree poster, sticky notes, end-of-group evaluation form',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'以照片或投影回顾各节活动，邀请组员说出印象最深的时刻。',
			'对照第一节的期望树或目标卡，请组员评估自己的收获。',
			'讨论离别的感受，说明不舍、失落等情绪都是正常的。',
			'每人写下一个小组结束后会继续坚持的行动，并与大家分享。',
			'社工介绍后续可用的资源与联系渠道，组员填写结束评估问卷。'
		],
		stepsEn: [
			'Recap the sessions with photos or slides and invite members to name their most memorable moment.',
			'Compare with the expectation tree or goal cards from session one and ask members to assess what they gained.',
			'Talk about feelings around ending, acknowledging that sadness or loss is normal.',
			'Each member writes one action they will keep up after the group and shares it.',
			'Introduce follow-on resources and contact channels, and members complete the evaluation form.'
		],
		tipsZh: '在最后两节提前预告小组即将结束，让组员有心理准备。',
		tipsEn: 'Signal the approaching end during the last two sessions so members are prepared.',
		risksZh:
			'部分组员可能出现依赖或强烈的离别情绪：肯定小组经历的价值，提供持续支持的渠道（如互助群组、个案服务），不在最后一节开启新的深入议题。',
		risksEn:
			'Some members may feel dependent or strongly affected by the ending: affirm the value of the experience, offer ongoing support (peer group, casework), and avoid opening new in-depth topics in the final session.'
	},
	{
		key: 'yarn-web-farewell',
		titleZh: '毛线传情',
		titleEn: 'Yarn web farewell',
		purposeZh: '以毛线织成的网象征组员之间建立的连结，在传递毛线时表达感谢与祝福，营造温暖的告别氛围。',
		purposeEn:
			'A web of yarn symbolises the connections members have built; passing the yarn with words of thanks and good wishes creates a warm farewell.',
		stages: ['ENDING'],
		themes: [...ALL_THEMES],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 15,
		minGroupSize: 4,
		maxGroupSize: 20,
		materialsZh: '毛线球、剪刀',
		materialsEn: 'Ball of yarn, scissors',
		needsMaterials: true,
		energy: 'MEDIUM',
		stepsZh: [
			'全体围圈站立，社工手持毛线球并拉住线头。',
			'社工把毛线球抛给一位组员，同时说一句对他的感谢或祝福。',
			'接到的组员拉住毛线，再抛给下一位尚未接过的组员并说一句话，直至全员连结成网。',
			'一起观察这张“网”，讨论它代表的意义。',
			'社工剪下一段毛线系在每位组员的手腕上作为纪念。'
		],
		stepsEn: [
			'Stand in a circle; the facilitator holds the ball of yarn and keeps hold of the loose end.',
			'Toss the ball to a member while saying a word of thanks or good wishes to them.',
			'That member holds the strand and tosses the ball to someone who has not yet had it, adding their own words, until everyone is linked in a web.',
			'Look at the web together and discuss what it represents.',
			'Cut a piece of yarn for each member to tie around their wrist as a keepsake.'
		],
		tipsZh: '长者组可改为逐一传递而非抛掷；也可在网上放一个小球，大家合作让球不掉落。',
		tipsEn:
			'With older adults, pass the ball hand to hand instead of throwing. You can also balance a small ball on the web as a cooperative challenge.',
		risksZh: '注意抛接安全；确保每位组员都被传到，社工可适时把毛线抛给尚未接到的组员。',
		risksEn:
			'Throw gently and safely. Make sure everyone is included; the facilitator can direct the yarn to anyone who has not yet received it.'
	},
	{
		key: 'letter-to-future-self',
		titleZh: '给未来自己的一封信',
		titleEn: 'Letter to my future self',
		purposeZh: '组员以书信方式整理在小组中的收获与对未来的期许，巩固改变的动机。',
		purposeEn:
			'Members write a letter that captures what they gained in the group and their hopes for the future, reinforcing motivation to change.',
		stages: ['CONSOLIDATING', 'ENDING'],
		themes: ['TEEN_EMOTION', 'CARER_SUPPORT', 'PARENT_CHILD'],
		minMinutes: 15,
		maxMinutes: 25,
		defaultMinutes: 20,
		minGroupSize: 1,
		maxGroupSize: 20,
		materialsZh: '信纸、信封、笔',
		materialsEn: 'Letter paper, envelopes, pens',
		needsMaterials: true,
		energy: 'LOW',
		stepsZh: [
			'社工引导组员安静回想：参加小组前的自己、现在的自己、半年后希望成为的自己。',
			'组员写信给半年后的自己，内容包括收获、想坚持的行动和鼓励的话。',
			'把信封好，写上自己的名字和地址，或交由社工保管。',
			'自愿分享信中的一句话。',
			'社工说明将在约定时间寄回，或在跟进聚会时交还。'
		],
		stepsEn: [
			'Guide a quiet reflection: who was I before the group, who am I now, who do I hope to be in six months?',
			'Members write to themselves six months ahead, covering what they gained, actions to keep up and words of encouragement.',
			'Seal the letter and address it, or hand it to the facilitator for safekeeping.',
			'Anyone who wishes shares one line from their letter.',
			'Explain that the letters will be posted back at an agreed time or returned at a follow-up gathering.'
		],
		tipsZh: '可结合跟进聚会，在交还信件时了解组员的近况。',
		tipsEn:
			'Pair with a follow-up gathering, using the return of letters to catch up on how members are doing.',
		risksZh:
			'信件内容属于组员隐私，社工不得拆阅；如组员在书写时表现出明显低落或流露消极念头，应于活动后个别关心并评估风险。',
		risksEn:
			'The letters are private and must not be opened by staff. If a member appears very low or voices hopeless thoughts while writing, check in individually afterwards and assess risk.'
	}
];
