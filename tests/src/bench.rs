//! Small pieces the benchmarks share: sizes from the environment and latency percentiles.

use std::time::Duration;

/// `key` from the environment as a number, else `default`.
pub fn env_or(key: &str, default: usize) -> usize {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The `p`th percentile (nearest rank) of `sorted`; zero when there is none.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// The peak resident memory of process `pid` (`VmHWM`), in KiB; 0 when it cannot be read.
pub fn vm_hwm_kib(pid: u32) -> u64 {
    proc_status_kib(pid, "VmHWM:")
}

/// The resident memory of process `pid` now (`VmRSS`), in KiB; 0 when it cannot be read.
pub fn vm_rss_kib(pid: u32) -> u64 {
    proc_status_kib(pid, "VmRSS:")
}

fn proc_status_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse().ok())
        })
        .unwrap_or(0)
}

/// Whether a benchmark runs in its quick mode: `--quick` or `BENCH_QUICK=1` (CI's smoke run).
pub fn quick() -> bool {
    std::env::args().any(|a| a == "--quick")
        || std::env::var("BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// The databases to measure, from `BENCH_BACKENDS` (default `sqlite,postgres`).
pub fn backends() -> Vec<crate::Backend> {
    std::env::var("BENCH_BACKENDS")
        .unwrap_or_else(|_| "sqlite,postgres".to_owned())
        .split(',')
        .map(|b| match b.trim() {
            "sqlite" => crate::Backend::Sqlite,
            "postgres" | "postgresql" => crate::Backend::Postgres,
            other => panic!("BENCH_BACKENDS: unknown backend {other:?}"),
        })
        .collect()
}

/// The load average now, as /proc/loadavg gives it (1, 5 and 15 minutes).
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "unknown".to_owned(),
        |s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
    )
}
