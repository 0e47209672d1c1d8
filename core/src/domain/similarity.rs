//! How alike two ideas read. The database's full-text index finds candidates quickly; this pure
//! scoring decides which of them are close enough to offer ("support one of these instead?"),
//! the same way on SQLite and PostgreSQL.

use std::collections::BTreeSet;

/// Common words that say nothing about what an idea is about.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "but", "by", "can", "could", "do", "for", "from", "get", "has", "have", "how", "i", "if", "in",
    "into", "is", "it", "its", "make", "more", "my", "need", "not", "of", "on", "or", "our", "out",
    "should", "so", "some", "that", "the", "their", "them", "there", "they", "this", "to", "up",
    "us", "use", "was", "we", "what", "when", "which", "who", "will", "with", "would", "you",
    "your",
];

/// The distinct meaningful words of a text, lowercased and crudely stemmed.
pub fn keywords(text: &str) -> BTreeSet<String> {
    search_terms(text).iter().map(|w| stem(w)).collect()
}

/// Meaningful words as typed (lowercased, letters and digits only, at most 12), for a
/// full-text index that does its own stemming. Safe to put in a query: no operators survive.
pub fn search_terms(text: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
    {
        if word.chars().count() >= 3
            && !STOP_WORDS.contains(&word.as_str())
            && !terms.contains(&word)
        {
            terms.push(word);
        }
        if terms.len() == 12 {
            break;
        }
    }
    terms
}

/// Strips the plural and verb endings that most often hide a match ("waits" ~ "waiting").
fn stem(word: &str) -> String {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(base) = word.strip_suffix(suffix)
            && base.chars().count() >= 3
        {
            return base.to_owned();
        }
    }
    word.to_owned()
}

/// Share of the new idea's keywords that the candidate also has (0.0 to 1.0).
pub fn overlap(new_idea: &BTreeSet<String>, candidate: &BTreeSet<String>) -> f64 {
    if new_idea.is_empty() {
        return 0.0;
    }
    let shared = new_idea.intersection(candidate).count();
    shared as f64 / new_idea.len() as f64
}

/// Whether a candidate is close enough to offer: at least two shared keywords and a third of
/// the new idea's, or every keyword of a very short title.
pub fn is_similar(new_idea: &BTreeSet<String>, candidate: &BTreeSet<String>) -> bool {
    let shared = new_idea.intersection(candidate).count();
    let score = overlap(new_idea, candidate);
    (shared >= 2 && score >= 0.34) || (shared >= 1 && new_idea.len() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alike_ideas_are_similar_and_unrelated_ones_are_not() {
        let new = keywords("Volunteers to deliver medicines so patients get home by noon");
        let alike = keywords("Volunteer pick up and deliver service for discharge medicines");
        let unrelated = keywords("Rest rooms for ambulance crews between shifts");
        assert!(is_similar(&new, &alike));
        assert!(!is_similar(&new, &unrelated));
    }

    #[test]
    fn keywords_ignore_case_punctuation_and_filler() {
        let words = keywords("The WAITING list, and the waits!");
        assert_eq!(words.into_iter().collect::<Vec<_>>(), vec!["list", "wait"]);
    }
}
