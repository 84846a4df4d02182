// The sentences that carry planted items in the disclosure corpus (generate.mjs), written for
// this corpus. Every planted item is a slot, and the generator labels the exact span it fills:
//
//   {N}           the case example's child: a first name from names.mjs (a `firstName` label)
//   {B} / {G}     a second child, a boy or a girl (also a `firstName` label)
//   {he} {He} {his} {His} {him}   the pronouns of {N}
//   {S}           a school or nursery from SCHOOLS (a `school` label)
//   {X}           in FALSE_ALARMS and MUST_REPORT, the item itself (its span is labelled)
//
// and the other slots are those of sentences.mjs. The name sentences keep to the contexts in
// which a first name names a person: the subject of a reporting verb (told, said, asked, wanted,
// explained, shared), after "said" or "asked", an age in apposition ("Amelia, aged 9,"), a
// possessive ("Jayden's guardian"), "a boy called Kai", "named Mia", and vocatives in letters
// and quoted speech; at the start of a sentence and in the middle of one.

/** Sentences that introduce the case example's child. */
export const NAME_INTRODUCTIONS = [
  '{N} told {his} guardian that {he} wanted to stay with {his} grandparents during the week.',
  '{N} said that {he} felt safer since the move and did not want to change school again.',
  '{N} asked whether {he} could still see {his} older brother at weekends.',
  '{N} wanted the judge to know that {he} loved both of {his} parents.',
  '{N} explained that the arguments usually started when {his} father had been drinking.',
  '{N} shared a drawing of {his} two homes, with a dog in each garden.',
  '{N} told the family court adviser that {he} did not want to choose between {his} parents.',
  '{N} said {he} liked {his} foster carers but missed {his} little sister.',
  '{N} explained to {his} guardian what a good day and a bad day at home looked like.',
  '{N} wanted to keep living with {his} aunt and to see {his} mum at the contact centre.',
  'In one case, {N} told {his} guardian that {he} had been looking after {his} younger siblings most evenings.',
  'During the second visit {N} explained that {he} wanted more time with {his} father, but not overnight.',
  "Our audit found a report in which {N} explained clearly why {he} did not want to move to the other parent's home.",
  "In a case audited in {month}, {N} told the family court adviser that {he} was worried about {his} mother's health.",
  'Through an interpreter, {N} explained that {he} had not been to school since the family arrived in {area}.',
  '{N}, aged {age}, had been out of school for most of the autumn term when the application was made.',
  '{N}, aged {age}, was living with {his} maternal grandmother at the time of the application.',
  'The guardian met {N}, aged {age}, at {his} foster home in {area}.',
  'One child, {N}, aged {age}, was placed with {his} aunt under an interim care order.',
  'In {area}, {N}, aged {age}, was the subject of a secure accommodation application.',
  'Our audit sampled the case of {N}, aged {age}, whose parents had separated in {month}.',
  '{N}, aged {age}, told the guardian that {he} wanted to go home.',
  'A teenager named {N} wrote to the judge to explain why {he} wanted to stay in {area}.',
  'The guardian worked with a child named {N} who used sign language at home and at school.',
  'A six-year-old called {N} drew {his} family as a row of houses along one street.',
  'We heard from a young person called {N}, who said the process had taken far too long.',
  'In one audited case, a child called {N} had been left to care for {his} younger siblings.',
  'The case example we chose for this section is that of a {boy} called {N}.',
  'A {boy} named {N} told us that the guardian was the first adult who had explained what was happening.',
  '"I just want it to stop," said {N}, when asked what would make things better.',
  '"Can I still see my nan?" asked {N} at the end of the first visit.',
  '"I want to live with my mum and see my dad on Saturdays," said {N}, aged {age}.',
  '"Will the judge read my letter?" asked {N}, holding the envelope {he} had decorated.',
  'The guardian\'s letter began: "Dear {N}, thank you for telling me what you think."',
  '"{N}, you can tell me as much or as little as you like," the family court adviser said at the start.',
  '"{N}, do you know why I have come to see you?" the guardian asked.',
];

/** Sentences that go on with the same child. */
export const NAME_FOLLOW_UPS = [
  "{N}'s guardian visited {him} three times before the final hearing.",
  "{N}'s mother told the family court adviser that she had left the relationship in {month}.",
  "{N}'s wishes and feelings were set out clearly at the start of the report.",
  "{N}'s father had not seen {him} for two years when the application was made.",
  "The report set out {N}'s views in {his} own words.",
  "The local authority's plan did not reflect {N}'s wish to stay in touch with {his} half-brother.",
  "{N}'s social worker changed four times during the proceedings.",
  "We were concerned that {N}'s attendance had fallen to {pct}% over the year.",
  "The guardian challenged the plan because {N}'s needs had not been assessed.",
  "{N}'s foster carer said that {he} had settled well and was sleeping better.",
  'The guardian noted that {N} said very little at first and chose to draw instead.',
  "At the end of proceedings {N} asked the guardian to write {him} a letter explaining the judge's decision.",
  'When the family court adviser visited again, {N} shared photographs of {his} new bedroom.',
  'The report recorded that {N} wanted {his} views to be read by the judge in {his} own words.',
  'After the hearing, {N} said that {he} was glad someone had listened.',
  'Later, {N} told {his} guardian that things at home were calmer.',
  '{N} asked for the report to say that {he} was no longer frightened.',
  '{N} told us that the letter from the judge was the first thing about the case that made sense.',
  '"Why do I have to go there?" asked {N} quietly.',
  '"It\'s not fair that I have to choose," said {N}, who had written {his} own letter to the court.',
  '"I feel safe here," said {N}, pointing to {his} foster carer.',
  'The guardian asked {N} what {he} would like the judge to know.',
  '"Thank you, {N}, for being so brave," the judge wrote.',
  'The letter to the child ended: "Good luck in your new class, {N}."',
  "{N}'s grandmother asked the court to make a special guardianship order.",
  "{N}'s older sister, {G}, aged {age}, said she wanted to stay with their grandmother too.",
  "{N}'s younger brother, {B}, aged {age}, was too young to give his views in words.",
  'The guardian also met {G}, aged {age}, who said that she missed her brothers and sisters.',
  '{B}, aged {age}, told the guardian that he wanted to live with his dad.',
  'A girl called {G} told the guardian that she was worried about her mum.',
  'A boy called {B} asked whether he could bring his football to the contact centre.',
  "{G}'s views were different: she wanted to move to her father's home.",
  "{B}'s wishes were recorded separately in the report.",
];

/** Schools and nurseries, as a self-evaluation would (wrongly) name them. */
export const SCHOOLS = [
  "St Mary's Primary School",
  "Saint Joseph's Catholic Academy",
  'Hexham Middle School',
  'Little Acorns Nursery',
  'Greenfield Academy',
  'Oakwood Pre-school',
  'Newcastle College',
  "St Aidan's Catholic Academy",
  "St Cuthbert's RC Primary School",
  "St Bede's Catholic College",
  "St Wilfrid's Primary",
  'Queen Elizabeth High School',
  'Ashington Academy',
  'Park View Academy',
  'Kingsmead Primary',
  'Westgate Hill Primary School',
  'Bede Burn Primary School',
  'Rainbow Pre-School',
  'Busy Bees Nursery',
  'Sunflower Day Nursery',
  'Tiny Steps Nursery',
  'Riverside Primary School',
  'Hillcrest Academy',
  'Leeds City College',
  'Bishop Auckland College',
  'Kendal College',
  'Harrogate Grammar School',
  'Moorside Community Primary School',
  'Allerton High School',
  'Carr Manor Community School',
  'Brambles Nursery',
  'Haydon Bridge High School',
  'Whitley Bay High School',
  'Heathfield Senior School',
  'Oakfield Infant School',
  'Meadowbank Junior School',
  'Bridgewater Primary',
  'Northfield Academy',
  'Springwell Community School',
  'Thornhill Academy',
  'Cedars Nursery',
  'Acorn Tree Pre-school',
  'Lime Tree Primary Academy',
  'Holy Trinity Primary School',
  'Sacred Heart Catholic Primary School',
  "St Anne's Nursery",
  "Saint Anne's Pre-school",
  'Willow Tree Nursery',
  'Rosewood Primary School',
  'Greenhead College',
  'St. Thomas More Catholic School',
  "Saint Oswald's Primary School",
  'Consett Academy',
  'Kirkstall Valley Primary School',
  'Dene Community School',
];

/** Sentences naming a school: {S}, and sometimes the case example's child {N} as well. */
export const SCHOOL_SENTENCES = [
  "The guardian spoke to the designated safeguarding lead at {S}, who described a marked change in {N}'s behaviour.",
  '{N} told {his} guardian that {he} wanted to stay at {S} whatever else changed.',
  '{N}, aged {age}, had moved to {S} in {month} after a managed move.',
  "A referral from {S} led to the local authority's section 47 enquiry.",
  'The family court adviser met the child at {S}, in a quiet room the class teacher had arranged.',
  'Information from {S} showed that attendance had fallen to {pct}% in the autumn term.',
  'The report recorded that the child had been excluded from {S} twice in {month}.',
  'Staff at {S} told the guardian that the child arrived hungry most mornings.',
  "The parents disagreed about whether the child should move from {S} to a school nearer the father's home.",
  "The child's key worker at {S} had noticed bruising and made a referral the same day.",
  'The plan was for the child to start at {S} in September.',
  'Both parents agreed that the child should remain at {S}.',
  'The class teacher at {S} said the child was doing well and had made friends.',
  "The guardian obtained records from {S} and from the child's previous nursery.",
  "The head teacher of {S} wrote in support of the child's wish to stay with the grandparents.",
  '{S} had made {n} referrals about the family over two years.',
  'A place had been found at {S} so that the siblings could attend together.',
  "The safeguarding letter included information from {S} about the child's attendance.",
  'Staff at {S} told the family court adviser that the child was often collected late.',
  'The child has attended {S} for the last two years.',
  'An education, health and care plan was agreed with {S} during proceedings.',
  'The teenager wanted to finish the course at {S} before any move.',
];

/** Dates of a cohort or a range after a cue: not a date of birth. {X} is the range (both
 *  dates, and what joins them) or the one date, as `form` says: `and` (D1 and D2), `to`
 *  (D1 to D2), `until` (D1 until D2), `andBefore` (D1 and before D2), `theAnd` (1st of April
 *  2024 and the 31st of March 2025), `one` (D1 alone). The range is a year unless `months`
 *  says otherwise. */
export const DATE_FALSE_ALARMS = [
  { form: 'and', text: 'Of the babies born between {X}, {n} were the subject of pre-birth assessments.' },
  { form: 'and', text: 'Of the {nn} children born between {X} who were in proceedings, {pct}% were placed with family members.' },
  { form: 'to', text: "Children born from {X} are counted in this year's cohort." },
  { form: 'one', text: 'The cohort is children born after {X}, when the new pre-birth protocol began.' },
  { form: 'one', text: 'Babies born on or after {X} are covered by the revised pre-birth protocol.' },
  { form: 'one', text: 'We looked again at the cases of children born before {X} who were still in proceedings.' },
  { form: 'one', text: 'Every baby born since {X} who was the subject of an application had a guardian allocated on the day of issue.' },
  { form: 'one', text: 'Children born up until {X} were assessed under the old pre-birth pathway.' },
  { form: 'to', text: 'Infants born in the period {X} made up {pct}% of new public law cases.' },
  { form: 'to', text: 'Of the babies born during the period {X}, {n} were removed at birth.' },
  { form: 'and', text: 'The audit sample was young people whose 18th birthday fell between {X}.' },
  { form: 'and', text: 'The report filters cases by DOB between {X}, which gives the cohort for this year.' },
  { form: 'and', text: 'Our sample was drawn from children born between {X}.' },
  { form: 'until', text: 'Children born from {X} were offered the new welcome letter.' },
  { form: 'andBefore', months: 60, text: 'Children born after {X} were counted as under fives.' },
  { form: 'to', text: 'Cases are grouped by date of birth, from {X}, in the annual data return.' },
  { form: 'to', months: 3, text: 'Of the {n} babies born in the quarter from {X}, all had a guardian within a day.' },
  { form: 'and', text: 'We counted every child born between {X} who was subject to a supervision order.' },
  { form: 'one', text: 'Babies born since {X} have been included in the infant pathway evaluation.' },
  { form: 'theAnd', text: 'Of the children born between the {X}, none waited more than a week for allocation.' },
  { form: 'one', text: 'Only children born in or after {X} were included in the sample.' },
  { form: 'to', text: 'For babies born from {X} the pre-birth pathway applies in full.' },
];

/** Role mailboxes at public bodies and example domains, as leaflets print them: not a
 *  person's email address. {X} is the address; a sentence is used with the mailboxes of its
 *  kind (`for`). */
export const EMAIL_FALSE_ALARMS = [
  { for: 'cafcass', text: 'Families can write to {X} with general questions about their case.' },
  { for: 'cafcass', text: 'Our leaflets give the address {X} for general enquiries.' },
  { for: 'complaints', text: 'Complaints should be sent to {X}, and are acknowledged within two working days.' },
  { for: 'complaints', text: 'A parent who is unhappy with our response can write to {X}.' },
  { for: 'feedback', text: 'Feedback can be given at any time by writing to {X}.' },
  { for: 'press', text: 'Press enquiries go to {X}, not to practitioners.' },
  { for: 'press', text: 'Journalists who ask about a case are referred to {X}.' },
  { for: 'council', text: "Schools can contact the local authority's front door at {X}." },
  { for: 'council', text: 'Partner agencies send requests for information to {X}.' },
  { for: 'justice', text: 'The secretariat of the Local Family Justice Board can be reached at {X}.' },
  { for: 'justice', text: 'Court users can write to {X} about listing.' },
  { for: 'police', text: 'The police disclosure unit takes requests at {X}.' },
  { for: 'police', text: 'Requests for police information in that area go to {X}.' },
  { for: 'health', text: "The health trust's safeguarding team asked us to use {X} for referrals." },
  { for: 'health', text: 'General questions about health visiting can be sent to {X}.' },
  { for: 'charity', text: 'Parents can contact the charity directly at {X}.' },
  { for: 'charity', text: "The charity's general mailbox, {X}, is on the leaflet we give to parents." },
  { for: 'example', text: 'The training materials use made-up addresses such as {X}.' },
  { for: 'example', text: "In the template, {X} marks where the practitioner's address will go." },
];

/** The mailboxes, each with the kind of sentence it fits. */
export const ROLE_MAILBOXES = [
  ['enquiries@cafcass.gov.uk', 'cafcass'],
  ['feedback@cafcass.gov.uk', 'feedback'],
  ['complaints@cafcass.gov.uk', 'complaints'],
  ['press@cafcass.gov.uk', 'press'],
  ['media@cafcass.gov.uk', 'press'],
  ['enquiries@mail.cafcass.gov.uk', 'cafcass'],
  ['info@northumberland.gov.uk', 'council'],
  ['contact@leeds.gov.uk', 'council'],
  ['office@sunderland.gov.uk', 'council'],
  ['complaints@durham.gov.uk', 'complaints'],
  ['help@gateshead.gov.uk', 'council'],
  ['enquiries@justice.gov.uk', 'justice'],
  ['info@familycourt.justice.gov.uk', 'justice'],
  ['media@northumbria.police.uk', 'press'],
  ['enquiries@westyorkshire.police.uk', 'police'],
  ['feedback@cumbria.police.uk', 'feedback'],
  ['contact@nhs.uk', 'health'],
  ['info@newcastle-hospitals.nhs.uk', 'health'],
  ['help@leedsth.nhs.uk', 'health'],
  ['info@womensaid.org.uk', 'charity'],
  ['enquiries@coram.org.uk', 'charity'],
  ['office@familymediationcouncil.org.uk', 'charity'],
  ['press@barnardos.org.uk', 'press'],
  ['contact@example.com', 'example'],
  ['info@example.org', 'example'],
  ['enquiries@example.org', 'example'],
  ['office@example.com', 'example'],
];

/** Non-geographic numbers, as leaflets print them: not a person's phone number. `free` is
 *  for the freephone numbers (0800, 0808), the others for 0300, 0345 and 0845. */
export const PHONE_FALSE_ALARMS = [
  { free: false, text: 'Families can call our contact centre on {X}.' },
  { free: true, text: 'The National Domestic Abuse Helpline is free on {X}, day and night.' },
  { free: false, text: 'Our letters give {X} as the number to call with any question.' },
  { free: true, text: 'The NSPCC helpline for adults, {X}, is printed on every leaflet.' },
  { free: true, text: "Fathers can call the Men's Advice Line on {X}." },
  { free: false, text: "The local authority's out-of-hours service is reached on {X}." },
  { free: false, text: 'Parents who need legal advice are given the number of Civil Legal Advice, {X}.' },
  { free: false, text: 'The family mediation information line is {X}.' },
  { free: true, text: 'Young people can call a free helpline on {X} at any time.' },
];

export const NON_GEOGRAPHIC_NUMBERS = [
  '0300 456 4000',
  '0300-456-4000',
  '03004564000',
  '0300 123 9876',
  '0808 2000 247',
  '0808 800 5000',
  '0808 801 0327',
  '0800 028 3550',
  '0800 917 5432',
  '0345 345 4345',
  '0345 600 1234',
  '0845 604 5432',
  '0845 123 4567',
  '+44 300 456 4000',
  '+44 (0)300 456 4000',
  '+44 808 2000 247',
  '+44 (0)800 917 5432',
  '+44 345 345 4345',
];

/** Judicial titles are not the names of parties. {X} is the judge. */
export const JUDGE_FALSE_ALARMS = [
  'The case was heard by {X}, who gave judgment in {month}.',
  "In a judgment handed down in {month}, {X} said that children's views must be explored, not simply recorded.",
  '{X} gave guidance on the timing of fact-finding hearings.',
  'Cases at {court} with an international element are allocated to {X}.',
  "The guardian's analysis was quoted with approval by {X}.",
  "{X}'s judgment on the use of intermediaries was discussed at our practice forum.",
  'The appeal was heard by {X} and two other judges.',
  'Our practitioners attended a seminar given by {X} on transparency.',
];

export const JUDGE_TITLES = [
  'Mrs Justice',
  'Mr Justice',
  'Lord Justice',
  'Lady Justice',
  'His Honour Judge',
  'Her Honour Judge',
  'District Judge',
];

/** Invented judges' surnames: none is a first name. */
export const JUDGE_SURNAMES = [
  'Amberley',
  'Halloran',
  'Pemberton',
  'Whitcombe',
  'Castellan',
  'Farrant',
  'Tredgold',
  'Ashcombe',
  'Merriweather',
  'Oakeshott',
  'Penhaligon',
  'Strickland',
];

/** Near misses: the same shapes when they do identify someone. {X} must be reported with the
 *  code given. */
export const MUST_REPORT = [
  {
    code: 'disclosure-email',
    values: [
      'jane.smith@cafcass.gov.uk',
      'a.patel@leeds.gov.uk',
      'sarah.jones@northumbria.police.uk',
      'kerry.m1987@hotmail.co.uk',
      'dad.of.three@gmail.com',
      'p.okafor@nhs.net',
    ],
    sentences: [
      "In one file the report gave the social worker's address, {X}, which should have been removed.",
      "A parent's personal email, {X}, appeared in the chronology attached to the report.",
      'The draft still included {X}, the address the mother used to contact the team.',
    ],
  },
  {
    code: 'disclosure-phone',
    values: ['0191 498 0123', '0113 496 0456', '020 7946 0321', '(01632) 960 123', '07700 900 456', '+44 7700 900 789'],
    sentences: [
      "The chronology included the grandmother's landline, {X}.",
      "A parent's number, {X}, had not been removed from the draft report.",
      'The father asked to be called on {X} rather than by letter, and the number was copied into the case summary.',
    ],
  },
  {
    code: 'disclosure-date-of-birth',
    values: ['3 May 2019', '12/06/2016', '14 March 2011', '2 August 2015', '21/09/2017', '1 April 2024'],
    sentences: [
      'The youngest child, born on {X}, was the subject of the application.',
      "The chronology gave the child's date of birth as {X}.",
      'Her birthday is {X}, and she asked for the final hearing not to be on that day.',
      'The baby was born in hospital on {X} and was placed with foster carers the next day.',
      'Of the babies in the sample, one was born on {X}.',
    ],
  },
  {
    code: 'disclosure-named-person',
    values: ['Mrs Amberley', 'Mr Halloran', 'Ms Okafor', 'Miss Pemberton', 'Mrs Castellan', 'Mr Tredgold'],
    sentences: [
      'The report referred to one of the parents as {X} throughout.',
      'The guardian spoke to {X} about the plan for contact.',
      'The draft named a relative who was caring for the children, {X}, in the analysis.',
    ],
  },
];
