//! The demo's content: members, challenges, ideas, themes and comments, as plain tables.

use super::*;

pub(super) const CHAMPION: &str = "chioma";
pub(super) const MODERATOR: &str = "rachel";

pub(super) struct DemoMember {
    pub(super) handle: &'static str,
    pub(super) name: &'static str,
    pub(super) describes: Describes,
    pub(super) organisation: Option<&'static str>,
    pub(super) region: Option<&'static str>,
    pub(super) locale: Locale,
    pub(super) role: Role,
}

pub(super) const fn member(
    handle: &'static str,
    name: &'static str,
    describes: Describes,
    organisation: Option<&'static str>,
    region: Option<&'static str>,
) -> DemoMember {
    DemoMember {
        handle,
        name,
        describes,
        organisation,
        region,
        locale: Locale::EnGb,
        role: Role::Member,
    }
}

pub(super) const NEY: Option<&str> = Some("North East and Yorkshire");
pub(super) const LONDON: Option<&str> = Some("London");
pub(super) const NORTH_WEST: Option<&str> = Some("North West");

pub(super) const MEMBERS: &[DemoMember] = &[
    member(
        "priya",
        "Priya Shah",
        Describes::Staff,
        Some("Leeds Teaching Hospitals NHS Trust"),
        NEY,
    ),
    member(
        "tom",
        "Tom Okafor",
        Describes::Staff,
        Some("Northumbria Healthcare NHS Foundation Trust"),
        NEY,
    ),
    member(
        "margaret",
        "Margaret Ellis",
        Describes::Patient,
        None,
        Some("South West"),
    ),
    member(
        "dev",
        "Dev Patel",
        Describes::Staff,
        Some("Riverside Medical Practice"),
        Some("Midlands"),
    ),
    member(
        "sian",
        "Siân Roberts",
        Describes::Carer,
        None,
        Some("South West"),
    ),
    member(
        "aisha",
        "Aisha Rahman",
        Describes::LivedExperience,
        None,
        LONDON,
    ),
    DemoMember {
        locale: Locale::Cy,
        ..member(
            "gareth",
            "Gareth Hughes",
            Describes::Staff,
            Some("University Hospitals Birmingham NHS Foundation Trust"),
            Some("Midlands"),
        )
    },
    member(
        "helen",
        "Helen Brooks",
        Describes::PartnerOrganisation,
        Some("Age UK Leeds"),
        NEY,
    ),
    member(
        "kwame",
        "Kwame Mensah",
        Describes::Staff,
        Some("Barts Health NHS Trust"),
        LONDON,
    ),
    member(
        "lucy",
        "Lucy Nguyen",
        Describes::Staff,
        Some("East Kent Hospitals University NHS Foundation Trust"),
        Some("South East"),
    ),
    member(
        "bernard",
        "Bernard Walsh",
        Describes::Patient,
        None,
        NORTH_WEST,
    ),
    member("fatima", "Fatima Begum", Describes::Carer, None, NORTH_WEST),
    member(
        "joe",
        "Joe Taylor",
        Describes::Staff,
        Some("Manchester University NHS Foundation Trust"),
        NORTH_WEST,
    ),
    member(
        "sam",
        "Sam Whitfield",
        Describes::Other,
        Some("University of Hertfordshire"),
        Some("East of England"),
    ),
    DemoMember {
        role: Role::Champion,
        ..member(
            CHAMPION,
            "Chioma Obi",
            Describes::Staff,
            Some("Royal National Orthopaedic Hospital"),
            LONDON,
        )
    },
    DemoMember {
        role: Role::Moderator,
        ..member(
            MODERATOR,
            "Rachel Moore",
            Describes::Staff,
            Some("NHS England"),
            LONDON,
        )
    },
];

pub(super) const ELECTIVE_CHALLENGES: &[(&str, &str)] = &[
    (
        "Rethinking demand",
        "How can we make sure people get the right care in the right place, so fewer of them \
         need a hospital waiting list at all?",
    ),
    (
        "Making elective service recovery fair, inclusive and accessible",
        "How do we make sure nobody falls further behind because of who they are, where they \
         live or how they communicate?",
    ),
    (
        "Boosting capacity",
        "What would help us treat more people with the theatres, clinics, beds and staff we \
         already have?",
    ),
    (
        "Building outstanding theatre teams",
        "How can we recruit, keep and support the people who make operating theatres work?",
    ),
    (
        "Coordinating elective care",
        "How can hospitals, GP practices and community services work together so nobody gets \
         lost between them?",
    ),
    (
        "Thinking the unthinkable",
        "If you could change one thing about planned care with no rules in the way, what would \
         it be?",
    ),
    (
        "Supporting people waiting for hip and knee operations",
        "What would help people stay well, active and informed while they wait for a new hip \
         or knee?",
    ),
];

pub(super) const DISCHARGE_CHALLENGES: &[(&str, &str)] = &[
    (
        "People",
        "What would help patients, families and carers get ready to go home?",
    ),
    (
        "Teams",
        "How can ward, pharmacy, therapy and transport teams work together on the day someone \
         goes home?",
    ),
    (
        "Organisations, including systems",
        "What should change between hospitals, councils, care homes and community services, \
         including their IT systems?",
    ),
];

pub(super) struct DemoIdea {
    pub(super) key: &'static str,
    /// Index into the sprint's challenges.
    pub(super) challenge: usize,
    pub(super) author: &'static str,
    pub(super) kind: IdeaKind,
    pub(super) title: &'static str,
    pub(super) body: &'static str,
    pub(super) supporters: usize,
}

pub(super) const fn idea(
    key: &'static str,
    challenge: usize,
    author: &'static str,
    kind: IdeaKind,
    title: &'static str,
    body: &'static str,
    supporters: usize,
) -> DemoIdea {
    DemoIdea {
        key,
        challenge,
        author,
        kind,
        title,
        body,
        supporters,
    }
}

pub(super) const ELECTIVE_IDEAS: &[DemoIdea] = &[
    // Rethinking demand
    idea(
        "advice-first",
        0,
        "dev",
        NewIdea,
        "Advice from a consultant before referring knee pain",
        "Let GPs message an orthopaedic consultant for advice before making a referral. In our \
         practice about half of knee referrals could be managed with physio and a clear plan, \
         and the patient hears back in days, not months.",
        5,
    ),
    idea(
        "self-referral",
        0,
        "tom",
        NewIdea,
        "Self-referral to physio without seeing the GP first",
        "People with back, hip and knee pain should be able to book physio themselves, online \
         or by text. It frees up GP appointments, and many people never need a surgical opinion \
         once they have the right exercises.",
        4,
    ),
    idea(
        "decision-aid",
        0,
        "gareth",
        GoodPractice,
        "Shared decision making before anyone joins a surgical list",
        "A short conversation with a specialist nurse using a simple decision aid: what the \
         operation can and cannot do, the risks, and the other options. Some people choose to \
         wait and see once they know the facts, and nobody feels pushed.",
        3,
    ),
    idea(
        "referred-twice",
        0,
        "bernard",
        Experience,
        "I was referred twice for the same problem",
        "My first referral letter went missing, so my GP referred me again. I ended up on two \
         lists at two hospitals and nobody noticed for months. One view of who is waiting for \
         what would stop this happening.",
        2,
    ),
    // Making elective service recovery fair, inclusive and accessible
    idea(
        "plain-letters",
        1,
        "aisha",
        NewIdea,
        "Appointment letters in plain English and in the patient's own language",
        "Letters full of jargon and codes put people off. Write them in plain English, offer \
         them in the main community languages, and say clearly what to bring and who to contact \
         if you cannot come.",
        6,
    ),
    idea(
        "interpreters",
        1,
        "fatima",
        Experience,
        "Three wasted appointments because no interpreter was booked",
        "My mother speaks Bengali. Her referral said she needs an interpreter, but three times \
         nobody was booked and we were sent home. The booking system should book the interpreter \
         automatically when the referral asks for one.",
        6,
    ),
    idea(
        "who-waits-longest",
        1,
        "lucy",
        NewIdea,
        "Look at who waits longest, not only at how long the list is",
        "Break the waiting list down by area, ethnicity and disability every month. If people \
         from the poorest areas are waiting longest or missing appointments, offer them earlier \
         pre-op checks and extra support.",
        3,
    ),
    idea(
        "travel-costs",
        1,
        "helen",
        NewIdea,
        "Pay travel costs up front for people on low incomes",
        "Many older people we support cancel because they cannot afford the taxi or two buses \
         to the hospital. Getting the money back weeks later does not help if you cannot pay on \
         the day. A prepaid travel card would.",
        4,
    ),
    idea(
        "easy-read",
        1,
        "aisha",
        GoodPractice,
        "Easy read information before an operation",
        "As a lived-experience partner with a learning disability, I helped write an easy read \
         guide with pictures showing the day of surgery step by step. People told us it was the \
         first time they understood what would happen. Every hospital could use one.",
        4,
    ),
    // Boosting capacity
    idea(
        "slot-check",
        2,
        "lucy",
        NewIdea,
        "Text patients a 'still want your slot?' check two weeks before surgery",
        "A simple text asking people to confirm or give up their date. People who have moved, \
         gone private or got better reply in minutes, and we offer the slot to someone on a \
         short-notice reserve list. We filled 40 gaps in the first month.",
        12,
    ),
    idea(
        "ring-fenced-beds",
        2,
        "gareth",
        NewIdea,
        "Ring-fenced surgical beds that winter pressures cannot take",
        "Keep a surgical hub with its own beds, separate from emergency care, so planned \
         operations are not cancelled every time the hospital is full.",
        9,
    ),
    idea(
        "day-case",
        2,
        "priya",
        GoodPractice,
        "Day-case hip and knee replacements where it is safe",
        "With the right anaesthetic, early physio and a good plan for home, many fit patients \
         can go home the same evening. Our unit started this last year and patients tell us they \
         sleep far better in their own bed.",
        5,
    ),
    idea(
        "validate-by-call",
        2,
        "dev",
        NewIdea,
        "Check the waiting list with a friendly call, not a letter",
        "Letters asking if people still need their operation often go unanswered. A short call \
         from a trained administrator finds people who have moved, are too unwell or have \
         already been treated, and gives everyone else a chance to ask questions.",
        3,
    ),
    idea(
        "saturday-lists",
        2,
        "kwame",
        NewIdea,
        "Saturday theatre lists with a rota people sign up to",
        "Run extra lists at weekends, staffed by a voluntary rota with proper pay and a weekday \
         off in return. Nobody should be made to do it, but many of us would sign up for one \
         Saturday a month.",
        4,
    ),
    // Building outstanding theatre teams
    idea(
        "protected-breaks",
        3,
        "priya",
        NewIdea,
        "Protected breaks for theatre teams between cases",
        "We often go from one case to the next without time to eat or drink. A fifteen minute \
         protected break halfway through a list, covered by a floating practitioner, would keep \
         patients safe and staff well.",
        6,
    ),
    idea(
        "same-team",
        3,
        "kwame",
        GoodPractice,
        "The same team on the same list every week",
        "When the same surgeon, anaesthetist, nurses and practitioners work together every week, \
         lists start on time, the kit is ready and we finish more cases. People enjoy coming to \
         work more too.",
        4,
    ),
    idea(
        "odp-apprenticeship",
        3,
        "joe",
        NewIdea,
        "An apprenticeship route from theatre support worker to practitioner",
        "I have worked as a theatre porter for eight years and know how theatres run. An \
         apprenticeship into operating department practitioner training, with paid study time, \
         would keep people like me in the NHS and fill vacancies.",
        5,
    ),
    idea(
        "huddle",
        3,
        CHAMPION,
        GoodPractice,
        "A ten minute team huddle before every list",
        "A short brief before the first patient catches missing kit, equipment problems and \
         worries early. Since we made it routine our lists over-run far less, and newer team \
         members speak up more.",
        3,
    ),
    idea(
        "student-placements",
        3,
        "sam",
        NewIdea,
        "Theatre placements for every student nurse",
        "Many of us never see an operating theatre during training, so we never think of working \
         there. A short theatre placement for every student nurse would grow the next generation \
         of theatre staff.",
        2,
    ),
    // Coordinating elective care
    idea(
        "named-contact",
        4,
        "margaret",
        NewIdea,
        "One named contact for everyone on the waiting list",
        "I never know who to ask about my hip. A single named coordinator or helpline that can \
         tell me where I am on the list would stop me ringing my GP, who does not know either.",
        10,
    ),
    idea(
        "share-theatre-time",
        4,
        MODERATOR,
        NewIdea,
        "Share spare theatre time between hospitals in a region",
        "When a list is cancelled at short notice, offer the theatre time to a neighbouring \
         hospital with a long queue. A shared regional booking view would make it quick to find \
         patients who are ready to go.",
        3,
    ),
    idea(
        "gp-updates",
        4,
        "dev",
        NewIdea,
        "Tell GP practices when a patient's operation date changes",
        "Patients contact us first when they hear nothing. If the hospital sent us a short \
         update whenever a date was set or moved, we could answer them straight away instead of \
         chasing the hospital.",
        4,
    ),
    idea(
        "bounced",
        4,
        "fatima",
        Experience,
        "Bounced between the hospital and the GP for six months",
        "The hospital told us to ask the GP about my mother's pain relief, and the GP told us to \
         ask the hospital about her operation. Nobody owned her care while she waited, and in \
         the end we gave up asking.",
        3,
    ),
    // Thinking the unthinkable
    idea(
        "any-hospital",
        5,
        "bernard",
        NewIdea,
        "Let people choose any hospital with a shorter wait, with travel paid",
        "If a hospital two hours away can do my knee in six weeks instead of a year, let me go, \
         pay the train fare and let someone from my family come with me.",
        6,
    ),
    idea(
        "book-online",
        5,
        "sam",
        NewIdea,
        "Book your own operation date online, like booking a train",
        "Once you are ready for surgery, show the dates available and let people pick one that \
         fits around their work and caring. Fewer people would cancel because the date suits \
         them.",
        4,
    ),
    idea(
        "return-to-practice",
        5,
        "gareth",
        NewIdea,
        "Invite recently retired theatre staff back for one list a week",
        "Many recently retired surgeons, anaesthetists and nurses would happily do one list a \
         week if the paperwork and pension rules made it simple.",
        2,
    ),
    idea(
        "evening-clinics",
        5,
        "helen",
        NewIdea,
        "Pre-op checks in the evening at community centres and libraries",
        "Hold pre-op checks and follow-up clinics in the evening, close to where people live, \
         so nobody has to lose a day's pay to attend.",
        1,
    ),
    // Supporting people waiting for hip and knee operations
    idea(
        "prehab",
        6,
        "tom",
        NewIdea,
        "Pre-op 'prehab' classes run by physios in the community centre",
        "Weekly strength and balance classes for people waiting for a new hip or knee, in a \
         local community centre instead of the hospital. Fitter patients recover faster, and \
         some find they can manage well without surgery.",
        14,
    ),
    idea(
        "carer-waiting",
        6,
        "sian",
        Experience,
        "Caring for my husband while he waits for a knee operation",
        "My husband has waited over a year for his knee. He cannot manage the stairs, so we \
         moved his bed downstairs, and I help him wash and dress. Nobody has asked how I am \
         coping. A call every few months and a carer's assessment would make a big difference.",
        7,
    ),
    idea(
        "pain-relief",
        6,
        "margaret",
        NewIdea,
        "Regular pain relief reviews while you wait",
        "A pharmacist could check in every few months to review painkillers while we wait. I \
         have been on the same tablets for eighteen months and they barely help now.",
        5,
    ),
    idea(
        "honest-wait",
        6,
        "bernard",
        NewIdea,
        "Tell people honestly how long they are likely to wait",
        "Give everyone an expected month for their operation, updated regularly, even when the \
         news is not good. I could plan my work and my family around it.",
        6,
    ),
    idea(
        "walking-group",
        6,
        "helen",
        GoodPractice,
        "Gentle walking groups for people waiting for new joints",
        "Our charity runs a weekly walking group with trained volunteers for people waiting for \
         hip and knee operations. It keeps people moving and, just as important, stops them \
         feeling forgotten.",
        4,
    ),
    idea(
        "check-in-calls",
        6,
        "priya",
        NewIdea,
        "A check-in call every three months so nobody gets worse unseen",
        "A nurse calls each person on the orthopaedic waiting list every three months, asks a \
         few questions about pain, mobility and mood, and flags anyone who is getting much worse \
         for an earlier review.",
        6,
    ),
    // Held on purpose: the phone number (from the range set aside for drama) trips the PII check.
    idea(
        "community-transport",
        6,
        "sian",
        Experience,
        "Community transport got my husband to his knee clinic",
        "The volunteer driver scheme was brilliant: door to door, and the driver waited for us. \
         Happy to tell anyone how it works, ring me on 07700 900123.",
        0,
    ),
];

pub(super) const DISCHARGE_IDEAS: &[DemoIdea] = &[
    idea(
        "medicine-volunteers",
        2,
        "helen",
        NewIdea,
        "Volunteers pick up and deliver take-home medicines",
        "Many people wait on the ward for hours just for their medicines. Trained volunteers \
         could collect them from pharmacy and drop them at the person's home the same afternoon, \
         so nobody stays in a bed waiting for a bag of tablets.",
        9,
    ),
    idea(
        "tell-families",
        0,
        "fatima",
        Experience,
        "We were told at four in the afternoon that Mum could go home",
        "Nobody had mentioned a day, we had no way to get there until the evening and the care \
         at home was not arranged. Telling families the expected day early would have made all \
         the difference.",
        5,
    ),
    idea(
        "plan-from-admission",
        0,
        "priya",
        GoodPractice,
        "Plan for home from the day someone is admitted",
        "We agree an expected day of discharge on the first ward round, share it with the \
         patient and family, and check it every day.",
        4,
    ),
    idea(
        "board-round",
        1,
        "tom",
        GoodPractice,
        "A nine o'clock board round with a plan for every patient",
        "Doctors, nurses, therapists and the discharge team meet at the board at nine and agree \
         who can go home today and what they need. It takes fifteen minutes and most discharges \
         now happen before lunch.",
        6,
    ),
    idea(
        "meds-night-before",
        1,
        "gareth",
        NewIdea,
        "Write take-home prescriptions the evening before",
        "If the doctor writes the prescription the evening before a planned discharge, pharmacy \
         can have the medicines ready first thing in the morning.",
        7,
    ),
    idea(
        "shared-record",
        2,
        "dev",
        NewIdea,
        "One shared record so the care home sees the discharge letter straight away",
        "Care homes and GP practices often get the discharge letter days later. A shared care \
         record would let them see the plan and the medicines the moment the person leaves.",
        4,
    ),
];

pub(super) struct DemoTheme {
    pub(super) name: &'static str,
    pub(super) description: &'static str,
    pub(super) ideas: &'static [&'static str],
    pub(super) in_big_idea: bool,
}

pub(super) const DISCHARGE_THEMES: &[DemoTheme] = &[
    DemoTheme {
        name: "Medicines ready on time",
        description: "Take-home medicines prepared early and brought to people, so nobody waits \
                      in a bed for them.",
        ideas: &["medicine-volunteers", "meds-night-before"],
        in_big_idea: true,
    },
    DemoTheme {
        name: "Planning for home from day one",
        description: "Agreeing the expected day of discharge early and sharing it with \
                      patients, families and every team involved.",
        ideas: &["tell-families", "plan-from-admission", "board-round"],
        in_big_idea: false,
    },
];

/// A top-level comment, its replies, and the champion's response to it if it has one.
pub(super) struct DemoComment {
    pub(super) idea: &'static str,
    pub(super) author: &'static str,
    pub(super) body: &'static str,
    pub(super) replies: &'static [(&'static str, &'static str)],
    pub(super) response: Option<&'static str>,
}

pub(super) const ELECTIVE_COMMENTS: &[DemoComment] = &[
    DemoComment {
        idea: "prehab",
        author: "margaret",
        body: "I would go to this every week. At the moment I do nothing because I am scared of \
               making my hip worse.",
        replies: &[(
            "tom",
            "That is a very common worry. Gentle exercise guided by a physio is safe for most \
             people waiting for a new hip.",
        )],
        response: Some(
            "Thank you for sharing this. Several areas are trying community prehab, and we will \
             take this idea into the theming stage.",
        ),
    },
    DemoComment {
        idea: "prehab",
        author: "helen",
        body: "Our community centres have halls free during the day. We would be glad to host a \
               class.",
        replies: &[],
        response: None,
    },
    DemoComment {
        idea: "slot-check",
        author: "bernard",
        body: "Only if the text clearly comes from the hospital. I ignore most texts now because \
               of scams.",
        replies: &[(
            "lucy",
            "Good point. Ours shows the hospital's name and tells people how to check it is \
             genuine on the trust website.",
        )],
        response: Some(
            "Thanks both. Making sure people can trust these texts is now part of the brief for \
             this idea.",
        ),
    },
    DemoComment {
        idea: "slot-check",
        author: "kwame",
        body: "From theatres: a reserve list only works if those patients have had their pre-op \
               checks already.",
        replies: &[(
            "priya",
            "Agreed. We keep a small pool of people who are checked and ready to come in at \
             short notice.",
        )],
        response: None,
    },
    DemoComment {
        idea: "named-contact",
        author: "sian",
        body: "Yes please. We were given three different numbers to call and nobody answered \
               any of them.",
        replies: &[],
        response: Some(
            "Sorry you had that experience. Some hospitals now run a waiting list hub with one \
             contact, and we are collecting what works.",
        ),
    },
    DemoComment {
        idea: "carer-waiting",
        author: "fatima",
        body: "Thank you for writing this. Carers are so often forgotten while the patient \
               waits.",
        replies: &[(
            "sian",
            "Thank you. It helps just to know we are not the only ones.",
        )],
        response: None,
    },
    DemoComment {
        idea: "ring-fenced-beds",
        author: "joe",
        body: "Our hub has had its own beds for two years and cancellations on the day are rare \
               now.",
        replies: &[],
        response: None,
    },
    DemoComment {
        idea: "interpreters",
        author: "aisha",
        body: "This happens far too often. The need for an interpreter should show on every \
               booking screen, not sit hidden in the referral letter.",
        replies: &[],
        response: Some(
            "Thank you both. Interpreter booking comes up in several ideas, so we will group \
             them together when we theme.",
        ),
    },
    DemoComment {
        idea: "protected-breaks",
        author: "gareth",
        body: "Anaesthetists need this too. Tired teams make mistakes.",
        replies: &[],
        response: None,
    },
    DemoComment {
        idea: "day-case",
        author: "bernard",
        body: "Would this work for someone who lives alone?",
        replies: &[(
            "priya",
            "It can, if someone stays with you the first night or there is a good plan for \
             support at home. The team checks this at your pre-op visit.",
        )],
        response: Some(
            "Thank you for asking. Support at home is part of deciding whether day-case surgery \
             is right for each person.",
        ),
    },
    DemoComment {
        idea: "honest-wait",
        author: "margaret",
        body: "Even a rough month would help me arrange for my daughter to come and stay.",
        replies: &[],
        response: None,
    },
    DemoComment {
        idea: "walking-group",
        author: "tom",
        body: "Lovely idea. A physio could come along once a month to answer questions.",
        replies: &[],
        response: None,
    },
];

/// Responses straight to an idea rather than to a comment.
pub(super) const ELECTIVE_IDEA_RESPONSES: &[(&str, &str)] = &[(
    "referred-twice",
    "Thank you for sharing this. Duplicate referrals are a known problem, and your experience \
     helps make the case for one view of the waiting list.",
)];

pub(super) const DISCHARGE_COMMENTS: &[DemoComment] = &[
    DemoComment {
        idea: "medicine-volunteers",
        author: "margaret",
        body: "This would have saved my neighbour a whole extra night in hospital.",
        replies: &[(
            "helen",
            "That is exactly what we hear from the people we support.",
        )],
        response: Some("Thank you. This idea has become one of the Big Ideas from this sprint."),
    },
    DemoComment {
        idea: "tell-families",
        author: "sian",
        body: "Same for us. A text the day before would help families sort out lifts and care.",
        replies: &[],
        response: None,
    },
];
