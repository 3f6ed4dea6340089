import type { Translation } from '../types';

// The plan book's own parts (小组计划书): theoretical basis, staffing, materials, budget, risks; in the group
// design form and in the plan document (print and .docx).
export const zh = {
	'doc.section.theory': '二、理论依据',
	'doc.section.staffing': '六、人员分工',
	'doc.section.materials': '八、物资清单',
	'doc.section.budget': '九、经费预算',
	'doc.section.risks': '十、风险预估与应对',
	'doc.sessionGoals': '本节目标',
	'doc.sessionActivities': '活动安排',
	'doc.materialItem': '物资',
	'doc.materialSessions': '使用节次',
	'doc.sessionList': '第 {list} 节',
	'doc.noMaterials': '所安排的活动无需特别准备物资。',
	'doc.budgetItem': '项目',
	'doc.budgetAmount': '金额',
	'doc.budgetTotal': '合计',
	'doc.noBudget': '（未填写预算）',
	'doc.riskActivity': '活动',
	'doc.riskResponse': '可能的风险与应对',
	'doc.riskGroup': '小组整体',
	'doc.noRisks': '（未填写）',
	'planBook.legend': '计划书内容',
	'planBook.intro': '以下内容写入小组计划书。物资清单和各活动的风险提示由各节所安排的活动自动生成。',
	'planBook.theoreticalBasis': '理论依据',
	'planBook.theoreticalBasisHint': '说明小组所依据的理论或工作模式，以及它如何指导小组目标和活动设计。',
	'planBook.staffing': '人员分工',
	'planBook.staffingHint': '写明带领者、协同带领者、志愿者和督导各自负责的工作。',
	'planBook.staffingDefault':
		'带领者：负责小组整体策划、带领各节活动及组员个别跟进。\n协同带领者：协助带领活动，观察组员互动并做好记录。\n志愿者：协助签到、场地布置和物资准备。\n督导：定期督导，审阅过程记录和评估报告。',
	'planBook.budget': '经费预算',
	'planBook.budgetItem': '预算项目',
	'planBook.budgetItemN': '第 {n} 项预算项目',
	'planBook.budgetAmount': '金额（元）',
	'planBook.budgetAmountN': '第 {n} 项金额（元）',
	'planBook.addBudgetLine': '添加预算项目',
	'planBook.removeBudgetLine': '删除第 {n} 项预算',
	'planBook.budgetTotal': '合计：{total}',
	'planBook.risks': '其他风险与应对',
	'planBook.risksHint':
		'各活动的风险提示会自动列入计划书；这里补充小组整体的风险及应对，如场地安全、保密、组员突发身体或情绪状况。'
} as const;

export const en: Translation<typeof zh> = {
	'doc.section.theory': '2. Theoretical basis',
	'doc.section.staffing': '6. Staffing and roles',
	'doc.section.materials': '8. Materials',
	'doc.section.budget': '9. Budget',
	'doc.section.risks': '10. Risks and responses',
	'doc.sessionGoals': 'Session goals',
	'doc.sessionActivities': 'Activities',
	'doc.materialItem': 'Item',
	'doc.materialSessions': 'Sessions',
	'doc.sessionList': 'Session {list}',
	'doc.noMaterials': 'The planned activities need no special materials.',
	'doc.budgetItem': 'Item',
	'doc.budgetAmount': 'Amount',
	'doc.budgetTotal': 'Total',
	'doc.noBudget': '(No budget entered)',
	'doc.riskActivity': 'Activity',
	'doc.riskResponse': 'Possible risks and responses',
	'doc.riskGroup': 'The group as a whole',
	'doc.noRisks': '(Not filled in)',
	'planBook.legend': 'Plan book',
	'planBook.intro':
		'These parts go into the group plan. The materials list and each activity’s risk notes are built from the activities planned for the sessions.',
	'planBook.theoreticalBasis': 'Theoretical basis',
	'planBook.theoreticalBasisHint':
		'Name the theories or practice models the group draws on, and how they shape its goals and activities.',
	'planBook.staffing': 'Staffing and roles',
	'planBook.staffingHint':
		'Say what the leader, co-leader, volunteers and supervisor are each responsible for.',
	'planBook.staffingDefault':
		'Leader: plans the group, leads each session and follows up with members individually.\nCo-leader: helps lead activities, observes how members interact and keeps records.\nVolunteers: help with sign-in, setting up the room and preparing materials.\nSupervisor: gives regular supervision and reviews the session records and evaluation report.',
	'planBook.budget': 'Budget',
	'planBook.budgetItem': 'Budget item',
	'planBook.budgetItemN': 'Budget item {n}',
	'planBook.budgetAmount': 'Amount (yuan)',
	'planBook.budgetAmountN': 'Amount of item {n} (yuan)',
	'planBook.addBudgetLine': 'Add a budget item',
	'planBook.removeBudgetLine': 'Remove budget item {n}',
	'planBook.budgetTotal': 'Total: {total}',
	'planBook.risks': 'Other risks and responses',
	'planBook.risksHint':
		'Each activity’s risk notes go into the plan automatically; add the risks of the group as a whole and how you will respond, such as venue safety, confidentiality, or a member becoming unwell or distressed.'
};
