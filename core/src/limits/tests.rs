//! The limits on a fake clock: no sleeping, exact times.
#![allow(clippy::unwrap_used)]

use super::*;
use governor::clock::FakeRelativeClock;

fn limits(settings: LimitSettings) -> (MemberLimits<FakeRelativeClock>, FakeRelativeClock) {
    let clock = FakeRelativeClock::default();
    (
        MemberLimits::with_clock(&settings, clock.clone()).unwrap(),
        clock,
    )
}

const ANN: MemberId = MemberId(1);
const BEN: MemberId = MemberId(2);

#[test]
fn five_ideas_in_ten_minutes_then_a_kind_wait() {
    let (limits, clock) = limits(LimitSettings::default());
    for _ in 0..5 {
        assert_eq!(limits.check(LimitKind::Idea, ANN), Ok(()));
    }
    let slow = limits.check(LimitKind::Idea, ANN).unwrap_err();
    assert_eq!(slow.kind, LimitKind::Idea);
    // One idea comes back every two minutes.
    assert_eq!(slow.retry_after, Duration::from_secs(120));
    clock.advance(Duration::from_secs(119));
    assert_eq!(
        limits.check(LimitKind::Idea, ANN).unwrap_err().retry_after,
        Duration::from_secs(1)
    );
    clock.advance(Duration::from_secs(1));
    assert_eq!(limits.check(LimitKind::Idea, ANN), Ok(()));
    assert!(limits.check(LimitKind::Idea, ANN).is_err());
}

#[test]
fn members_and_kinds_are_limited_separately() {
    let (limits, _clock) = limits(LimitSettings::default());
    for _ in 0..5 {
        limits.check(LimitKind::Idea, ANN).unwrap();
    }
    assert!(limits.check(LimitKind::Idea, ANN).is_err());
    assert_eq!(limits.check(LimitKind::Idea, BEN), Ok(()));
    assert_eq!(limits.check(LimitKind::Vote, ANN), Ok(()));
}

#[test]
fn a_burst_of_a_hundred_votes_lets_sixty_through() {
    let (limits, clock) = limits(LimitSettings::default());
    let allowed = (0..100)
        .filter(|_| limits.check(LimitKind::Vote, ANN).is_ok())
        .count();
    assert_eq!(allowed, 60);
    let slow = limits.check(LimitKind::Vote, ANN).unwrap_err();
    assert_eq!(slow.seconds(), 1);
    clock.advance(Duration::from_secs(60));
    let allowed = (0..100)
        .filter(|_| limits.check(LimitKind::Vote, ANN).is_ok())
        .count();
    assert_eq!(allowed, 60);
}

#[test]
fn limits_are_configurable_and_nonsense_is_refused() {
    let strict = LimitSettings {
        ideas: Rate {
            count: 1,
            per_seconds: 3600,
        },
        ..LimitSettings::default()
    };
    let (limits, _clock) = limits(strict);
    limits.check(LimitKind::Idea, ANN).unwrap();
    let slow = limits.check(LimitKind::Idea, ANN).unwrap_err();
    assert_eq!(slow.retry_after, Duration::from_secs(3600));

    for (count, per_seconds) in [(0, 60), (5, 0)] {
        let bad = LimitSettings {
            votes: Rate { count, per_seconds },
            ..LimitSettings::default()
        };
        let error = MemberLimits::with_clock(&bad, FakeRelativeClock::default()).unwrap_err();
        assert_eq!(error.kind, LimitKind::Vote);
    }
    assert!(MemberLimits::new(&LimitSettings::default()).is_ok());
}

#[test]
fn housekeeping_forgets_members_whose_limits_refilled() {
    let (limits, clock) = limits(LimitSettings::default());
    for member in 1..=50 {
        limits.check(LimitKind::Vote, MemberId(member)).unwrap();
    }
    limits.check(LimitKind::Idea, ANN).unwrap();
    assert_eq!(limits.tracked(), 51);
    limits.retain_recent();
    assert_eq!(limits.tracked(), 51, "nothing has refilled yet");
    clock.advance(Duration::from_secs(61));
    limits.retain_recent();
    assert_eq!(
        limits.tracked(),
        1,
        "only the idea limit is still recovering"
    );
    clock.advance(Duration::from_secs(600));
    limits.retain_recent();
    assert_eq!(limits.tracked(), 0);
}

#[test]
fn the_wait_is_told_in_seconds_or_whole_minutes() {
    let slow = |kind, millis| SlowDown {
        kind,
        retry_after: Duration::from_millis(millis),
    };
    let table: &[(SlowDown, u64, &str, i64)] = &[
        (slow(LimitKind::Vote, 1), 1, "seconds", 1),
        (slow(LimitKind::Vote, 999), 1, "seconds", 1),
        (slow(LimitKind::Vote, 1_001), 2, "seconds", 2),
        (slow(LimitKind::Idea, 119_000), 119, "seconds", 119),
        (slow(LimitKind::Idea, 120_000), 120, "minutes", 2),
        (slow(LimitKind::Idea, 121_000), 121, "minutes", 3),
    ];
    for (slow, seconds, unit, count) in table {
        assert_eq!(slow.seconds(), *seconds);
        let msg = slow.to_msg();
        assert_eq!(msg.id, "slow-down");
        assert!(msg.args.contains(&("unit", (*unit).into())), "{msg:?}");
        assert!(msg.args.contains(&("count", (*count).into())), "{msg:?}");
    }
}

#[test]
fn settings_read_from_configuration_with_defaults_for_what_is_left_out() {
    let settings: LimitSettings =
        serde_json::from_str(r#"{"ideas": {"count": 3, "per_seconds": 300}}"#).unwrap();
    assert_eq!(
        settings.ideas,
        Rate {
            count: 3,
            per_seconds: 300
        }
    );
    assert_eq!(settings.votes, LimitSettings::default().votes);
}
