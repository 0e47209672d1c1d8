//! Discord's limit on all the embeds of one message together: 6,000 characters across every
//! title, description, field name and value, footer text and author name (a message over it is
//! refused with a 400, so a review queue of five long ideas would never arrive). Each embed
//! keeps within its own limits where it is built; this trims what a message carries as a
//! whole, longest texts first, marking each cut with "…".

use serenity::builder::CreateEmbed;
use serenity::model::channel::Embed;

/// The most characters a message's embeds may hold together.
pub const MAX_EMBEDS_TOTAL: usize = 6000;

/// `embeds` trimmed so that together they hold at most `MAX_EMBEDS_TOTAL` characters.
pub fn fit(embeds: Vec<CreateEmbed>) -> Vec<CreateEmbed> {
    let mut parts: Vec<Embed> = embeds.iter().filter_map(as_model).collect();
    if parts.len() != embeds.len() || total(&parts) <= MAX_EMBEDS_TOTAL {
        return embeds;
    }
    // Level the longest texts down to one length, the most that fits: a long description is
    // shortened before a short one is touched, and every item keeps its heading.
    let lengths: Vec<usize> = texts(&mut parts).map(|t| t.chars().count()).collect();
    let fixed = total(&parts) - lengths.iter().sum::<usize>();
    let size = |level: usize| -> usize {
        fixed
            + lengths
                .iter()
                .map(|&n| if n > level + 1 { level + 1 } else { n })
                .sum::<usize>()
    };
    let (mut low, mut high) = (0, lengths.iter().copied().max().unwrap_or(0));
    while low < high {
        let mid = (low + high).div_ceil(2);
        if size(mid) <= MAX_EMBEDS_TOTAL {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    for text in texts(&mut parts) {
        if text.chars().count() > low + 1 {
            let cut: String = text.chars().take(low).collect();
            *text = format!("{cut}…");
        }
    }
    parts.into_iter().map(CreateEmbed::from).collect()
}

fn as_model(embed: &CreateEmbed) -> Option<Embed> {
    serde_json::to_value(embed)
        .ok()
        .and_then(|v| serde_json::from_value(v).ok())
}

/// Characters Discord counts in one embed.
fn length(embed: &Embed) -> usize {
    let count = |s: &Option<String>| s.as_deref().map_or(0, |s| s.chars().count());
    count(&embed.title)
        + count(&embed.description)
        + embed.footer.as_ref().map_or(0, |f| f.text.chars().count())
        + embed.author.as_ref().map_or(0, |a| a.name.chars().count())
        + embed
            .fields
            .iter()
            .map(|f| f.name.chars().count() + f.value.chars().count())
            .sum::<usize>()
}

fn total(embeds: &[Embed]) -> usize {
    embeds.iter().map(length).sum()
}

/// Every description and field value of the embeds: the texts that may be shortened.
fn texts(embeds: &mut [Embed]) -> impl Iterator<Item = &mut String> {
    embeds.iter_mut().flat_map(|e| {
        e.description
            .iter_mut()
            .chain(e.fields.iter_mut().map(|f| &mut f.value))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(description: &str, field: &str) -> CreateEmbed {
        CreateEmbed::new()
            .title("#12 A title")
            .description(description)
            .field("Challenge", field, true)
    }

    fn sizes(embeds: &[CreateEmbed]) -> usize {
        total(&embeds.iter().filter_map(as_model).collect::<Vec<_>>())
    }

    #[test]
    fn a_message_within_the_limit_is_left_alone() {
        let embeds = vec![card("short", "People"); 3];
        let before = serde_json::to_value(&embeds).ok();
        let after = fit(embeds);
        assert_eq!(serde_json::to_value(&after).ok(), before);
    }

    #[test]
    fn five_long_items_are_trimmed_to_fit_and_keep_their_headings() {
        let long = "w".repeat(4000);
        let embeds = vec![card(&long, &"f".repeat(1000)); 5];
        assert!(sizes(&embeds) > 25_000);
        let fitted = fit(embeds);
        assert_eq!(fitted.len(), 5);
        assert!(sizes(&fitted) <= MAX_EMBEDS_TOTAL, "{}", sizes(&fitted));
        for embed in fitted.iter().filter_map(as_model) {
            assert_eq!(embed.title.as_deref(), Some("#12 A title"));
            assert!(embed.description.is_some_and(|d| d.ends_with('…')));
        }
    }

    #[test]
    fn one_embed_over_the_total_is_cut_too() {
        let embeds = vec![
            card(&"é".repeat(4096), &"x".repeat(1024)),
            card(&"y".repeat(2000), "z"),
        ];
        let fitted = fit(embeds);
        assert!(sizes(&fitted) <= MAX_EMBEDS_TOTAL);
    }
}
