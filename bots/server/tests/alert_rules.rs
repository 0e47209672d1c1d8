//! The alert rules in `deploy/prometheus/alerts.yml` (promtool checks their syntax in CI) and
//! the README's "Monitoring" name only metrics the code records, and the README names every
//! one: a renamed metric cannot leave an alert that never fires or a table that lies.

use crowdsprint_core::metrics::ALL;
use crowdsprint_tests::crowdsprint_core;
use std::collections::BTreeSet;

fn read(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    std::fs::read_to_string(format!("{root}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `crowdsprint_*` metric a text names, with Prometheus's histogram suffixes taken off.
fn metrics_named(text: &str) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for (start, _) in text.match_indices("crowdsprint_") {
        let name: String = text[start..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
            .collect();
        let base = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|suffix| name.strip_suffix(suffix).filter(|b| ALL.contains(b)))
            .unwrap_or(&name);
        named.insert(base.to_owned());
    }
    named
}

#[test]
fn the_alert_rules_name_only_metrics_we_record() {
    let named = metrics_named(&read("deploy/prometheus/alerts.yml"));
    assert!(named.len() >= 8, "{named:?}");
    for name in &named {
        assert!(
            ALL.contains(&name.as_str()),
            "alerts.yml names {name}, which nothing records"
        );
    }
}

#[test]
fn the_readme_describes_every_metric_and_no_other() {
    let readme = read("README.md");
    let monitoring = readme
        .split("## Monitoring")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("README has a Monitoring section");
    let named = metrics_named(monitoring);
    for metric in ALL {
        assert!(
            named.contains(*metric),
            "README's Monitoring does not describe {metric}"
        );
    }
    for name in &named {
        assert!(
            ALL.contains(&name.as_str()),
            "README's Monitoring names {name}, which nothing records"
        );
    }
}
