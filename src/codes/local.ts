/**
 * Kestrel's own code lists, for what the statutory returns do not code: teams, roles, contact outcomes,
 * court orders, grades. Labels follow the wording of the seed reports and Ofsted.
 */
import { codes, type CodeList } from './code-list.ts';

export const teamKind: CodeList = {
  id: 'team_kind',
  title: 'Kind of team',
  source: 'Kestrel',
  codes: codes(`
    front_door Front door, MASH or children's hub
    assessment Assessment
    fieldwork Safeguarding and family support (fieldwork)
    disabled_children Disabled children
    permanence Children in care and permanence
    leaving_care Leaving care
    youth_justice Youth justice
    early_help Early help
    iro Independent reviewing officers and conference chairs
  `),
};

export const workerRole: CodeList = {
  id: 'worker_role',
  title: 'Worker role',
  source: 'Kestrel (roles counted by the DfE children and family social work workforce census)',
  codes: codes(`
    social_worker Case-holding social worker
    senior_practitioner Senior practitioner (case-holding)
    team_manager Team manager
    iro Independent reviewing officer or conference chair
    personal_adviser Personal adviser (leaving care)
    family_worker Family support or early help worker
    yj_officer Youth justice officer
  `),
};

export const contactOutcome: CodeList = {
  id: 'contact_outcome',
  title: 'Outcome of a contact',
  source: 'Kestrel',
  codes: codes(`
    referral Referral to children's social care
    early_help Passed to early help
    advice Information and advice
    nfa No further action
    open_case Information added to an open case
  `),
};

export const proceedingsOrder: CodeList = {
  id: 'proceedings_order',
  title: 'Final order in care proceedings',
  source: 'Kestrel, after the categories in seed 000 and Cafcass',
  codes: codes(`
    care_order Care order
    care_and_placement_order Care order and placement order
    cao_supervision Child arrangements order with supervision order
    cao Child arrangements order
    sgo Special guardianship order
    sgo_supervision Special guardianship order with supervision order
    supervision_order Supervision order
    placement_order Placement order
    no_order No order or application withdrawn
  `),
};

export const careLeaverEligibility: CodeList = {
  id: 'care_leaver_eligibility',
  title: 'Care leaver eligibility (Children (Leaving Care) Act 2000)',
  source: 'Ofsted Annex A list 9',
  codes: codes(`
    eligible Eligible (aged 16-17, still looked after)
    relevant Relevant (aged 16-17, left care)
    former_relevant Former relevant (aged 18-25)
    qualifying Qualifying
    other Other
  `),
};

export const ofstedGrade: CodeList = {
  id: 'ofsted_grade',
  title: 'Grade (Ofsted scale)',
  source: 'Ofsted judgements, used locally for audits and health checks',
  codes: codes(`
    outstanding Outstanding
    good Good
    requires_improvement Requires improvement to be good
    inadequate Inadequate
  `),
};

export const riskLevel: CodeList = {
  id: 'risk_level',
  title: 'Risk level',
  source: 'Kestrel (exploitation screening)',
  codes: codes(`
    low Low
    medium Medium
    high High
  `),
};

export const endStatus: CodeList = {
  id: 'yj_end_status',
  title: 'Youth justice: suitability at the end of an intervention',
  source: 'Youth Justice Board key performance indicators',
  codes: codes(`
    suitable Suitable
    unsuitable Not suitable
    unknown Not known
  `),
};

export const yjOutcome: CodeList = {
  id: 'yj_outcome',
  title: 'Youth justice outcome',
  source: 'Youth Justice Board outcome tiers',
  codes: codes(`
    youth_caution Youth caution
    youth_conditional_caution Youth conditional caution
    referral_order Referral order
    youth_rehabilitation_order Youth rehabilitation order
    detention_training_order Detention and training order (custody)
    other_custody Other custodial sentence
    discharge Discharge or fine
  `),
};
