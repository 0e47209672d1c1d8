//! Names the commit the binary was built from, for `crowdsprint --version`: `git rev-parse`
//! when built from a clone, `CROWDSPRINT_COMMIT` when the builder says so (an image built
//! without `.git`), "unknown" otherwise. Never fails the build.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=CROWDSPRINT_COMMIT");
    // A new commit moves HEAD's branch (or HEAD itself, when detached).
    for watched in [
        "../../.git/HEAD",
        "../../.git/refs/heads",
        "../../.git/packed-refs",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let commit = std::env::var("CROWDSPRINT_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(git_commit)
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=CROWDSPRINT_COMMIT={}", commit.trim());
}

fn git_commit() -> Option<String> {
    let output = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .filter(|c| !c.is_empty())
}
