//! The shape of the workspace, checked from its manifests (`cargo metadata`): core depends on no
//! adapter and no platform crate; each adapter (console, Telegram, Discord, web) depends on core and
//! its own platform crate, never on another adapter, so a rule cannot hide in one surface and a
//! new surface needs nothing from an old one. Only `serve` (the composition root) and the test
//! harness put adapters together.

#![allow(clippy::unwrap_used)]

use serde_json::Value;
use std::collections::BTreeMap;

/// The crates that speak to people on one surface.
const ADAPTERS: [&str; 4] = [
    "crowdsprint-console",
    "crowdsprint-telegram",
    "crowdsprint-discord",
    "crowdsprint-web",
];
/// Crates that exist to talk to one platform.
const PLATFORM_CRATES: [&str; 2] = ["teloxide", "serenity"];
/// The crates allowed to depend on adapters: they wire them together.
const COMPOSERS: [&str; 2] = ["crowdsprint", "crowdsprint-tests"];

/// Each workspace crate's normal and build dependencies (dev-dependencies are for its tests).
fn workspace_dependencies() -> BTreeMap<String, Vec<String>> {
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|package| {
            let dependencies = package["dependencies"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["kind"].as_str() != Some("dev"))
                .map(|d| d["name"].as_str().unwrap().to_owned())
                .collect();
            (package["name"].as_str().unwrap().to_owned(), dependencies)
        })
        .collect()
}

#[test]
fn core_stands_alone_and_no_adapter_leans_on_another() {
    let crates = workspace_dependencies();
    for name in ADAPTERS.iter().chain(&["crowdsprint-core"]) {
        assert!(
            crates.contains_key(*name),
            "{name} is in the workspace: {crates:?}"
        );
    }

    let core = &crates["crowdsprint-core"];
    let wrong: Vec<&String> = core
        .iter()
        .filter(|d| d.starts_with("crowdsprint") || PLATFORM_CRATES.contains(&d.as_str()))
        .collect();
    assert!(wrong.is_empty(), "core depends on {wrong:?}");

    for (name, dependencies) in &crates {
        if COMPOSERS.contains(&name.as_str()) {
            continue;
        }
        let adapters: Vec<&String> = dependencies
            .iter()
            .filter(|d| ADAPTERS.contains(&d.as_str()))
            .collect();
        assert!(
            adapters.is_empty(),
            "{name} depends on the adapters {adapters:?}"
        );
        if ADAPTERS.contains(&name.as_str()) {
            assert!(
                dependencies.iter().any(|d| d == "crowdsprint-core"),
                "{name} stands on core"
            );
            let platforms = dependencies
                .iter()
                .filter(|d| PLATFORM_CRATES.contains(&d.as_str()))
                .count();
            assert!(
                platforms <= 1,
                "{name} talks to one platform: {dependencies:?}"
            );
        }
    }
}
