//! Capitalised words that are not names, and words that make "patient" describe a thing.
//!
//! Two capitalised words in a row are read as a full name. Sentence starts, days, months, and the
//! words staff capitalise in ideas ("Ward", "Clinic", "Discharge Lounge", "NHS Trust") would make
//! nearly every dated idea look personal, so a word from this list never counts as half a name.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Lower case, sorted (a test checks) so a reader can find a word.
const COMMON: &str = "
    a about access acute admission admissions adults after afternoon again ahead all also
    although always ambulance an and annual another any app appointment appointments apr april
    ar are as assessment at aug august autumn avenue awst bank bay be because bed beds before
    best better between big bloods board booking bookings both bring building bwrdd by call
    calls can cancer capacity car cardiff care carers centre challenge chief children
    christmas chwefror city cleaning clinic clinical clinics close college community
    consultant could council county daily days dear dec december demand department desk did
    digital discharge district do does don't door during dydd each early east easter ebrill
    eight elderly elective email emails emergency england equipment estates evening every
    experience families family faster feb february feedback fewer finance first five flow for
    forms foundation four frailty fri friday from front general get give good gorffennaf great
    group had handover handovers happy has have he health hello her here hi his holiday home
    hospital hospitals house how hydref i i'm iau idea ideas iechyd if improve improvement
    improvements improving in infirmary instead ionawr is it it's its jan january jul july jun
    june just kind last later less let let's letters like list lists llun local london lounge
    mae mai make manager many mar march maternity mawrth may medi medical medication medicines
    meeting meetings mehefin mental mercher message messages midlands midwife mon monday month
    monthly more morning most moving much my national never new next night nights nine no
    north northern not notes nov november now nurse nurses nursing oct october of often old
    older on once one online only or other our out outpatient outpatients over parking pathway
    pathways patient patients people perhaps pharmacy phone phones physio pilot plan planning
    plans please portal porters pressures primary process project put quality quick radiology
    reception records reduce reducing referral referrals regards region results review rhagfyr
    road room rota rotas round rounds royal sadwrn safer safety saint same sat saturday scans
    scheduling school scotland second sep sept september service services seven she shift
    shifts should since sister six so some south spring sprint square st staff staffing start
    still stop street sul summer sun sunday supplies surgery system tachwedd team ten tests
    text texts thank thanks that the theatre theatres their then therapies therapy there these
    they this those three thu thursday today tomorrow too training transport trust tue tuesday
    two unit university until up use very virtual visiting visitors volunteers wait waiting
    waits wales want ward wards was we wed wednesday week weekday weekdays weekend weekends
    weekly welsh were what when where which while who why will winter with without would y
    year yes yesterday yn you your yr
";

static COMMON_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| COMMON.split_whitespace().collect());

/// Endings of nouns that are never (or almost never) names: "Improvements", "Relationships".
/// Not "-ing" or "-ence": Manning, Fleming, Lawrence and Florence are names.
const NOT_NAME_ENDINGS: &[&str] = &[
    "tion", "tions", "sion", "sions", "ments", "ship", "ships", "ology", "ities",
];

/// Words that, after "patient", make it describe a thing rather than a person: "patient flow
/// since 12 March 2024" is about a service. Lower case, sorted.
const PATIENT_THINGS: &[&str] = &[
    "access",
    "care",
    "centered",
    "centred",
    "choice",
    "engagement",
    "experience",
    "facing",
    "feedback",
    "flow",
    "groups",
    "information",
    "initiated",
    "journey",
    "journeys",
    "leaflets",
    "led",
    "outcomes",
    "participation",
    "pathway",
    "pathways",
    "portal",
    "records",
    "safety",
    "satisfaction",
    "services",
    "survey",
    "surveys",
    "transport",
];

/// Whether `word` (any case) cannot be half of a full name: a common word, or a noun by its
/// ending.
pub(super) fn is_not_a_name(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    COMMON_SET.contains(lower.as_str())
        || NOT_NAME_ENDINGS
            .iter()
            .any(|ending| lower.ends_with(ending))
}

/// Whether the word starting `after` (the text following "patient") makes "patient" describe a
/// thing: "patient flow", "patient-led".
pub(super) fn describes_a_thing(after: &str) -> bool {
    let next: String = after
        .trim_start_matches([' ', '-'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(16)
        .flat_map(char::to_lowercase)
        .collect();
    PATIENT_THINGS.binary_search(&next.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_and_tell_names_from_things() {
        let common: Vec<&str> = COMMON.split_whitespace().collect();
        for list in [common.as_slice(), PATIENT_THINGS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(is_not_a_name("Monday"));
        assert!(is_not_a_name("LET’S"));
        assert!(is_not_a_name("Improvements"));
        assert!(!is_not_a_name("Jones"));
        assert!(!is_not_a_name("Manning"));
        assert!(describes_a_thing(" flow since"));
        assert!(describes_a_thing("-led clinics"));
        assert!(!describes_a_thing(" Mary Jones"));
        assert!(!describes_a_thing(""));
    }
}
