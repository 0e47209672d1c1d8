### Words the core hands to every adapter: command help and the names of things.

## Help: one entry per command in core/src/command/catalogue.rs, "usage — what it does".
## Commands with several forms have one line per form; the first line is the everyday one.
## Command names and their keywords (new, add, list, csv...) stay in English: the parser
## only understands those. Words in capitals are for the person to fill in.

help-start = /start — register, or start again from the beginning
help-help = /help [COMMAND] — see what you can do, or how to use one command
help-sprint =
    /sprint [N] — see the open sprint, or sprint N
    /sprint new OPENS CLOSES Title | description — plan a new sprint (dates like 2026-06-30)
    /sprint window N OPENS CLOSES — change when sprint N opens and closes
    /sprint target N DAYS|default — give sprint N its own response target in working days, or the service's again
help-sprints = /sprints — list every sprint and its stage
help-challenges = /challenges [SPRINT] — see the challenges you can answer
help-idea = /idea — share an idea, an experience or good practice (we'll ask a few short questions)
help-ideas = /ideas [top|new|mine] [PAGE] — browse ideas: most supported, newest, or your own
help-show = /show N — read idea N and its comments
help-support = /support N — back an idea you agree with
help-unsupport = /unsupport N — take back your support for an idea
help-comment = /comment N your comment — comment on idea N
help-reply = /reply cN your reply — reply to a comment (for example /reply c34 I agree)
help-follow = /follow N — get updates about idea N
help-unfollow = /unfollow N — stop getting updates about idea N
help-subscribe = /subscribe weekly|daily|off — choose how often you get the digest
help-pause = /pause DAYS — hold your notifications for up to 90 days; /pause off resumes them
help-timezone = /timezone ZONE — get digests and quiet hours in your time zone (e.g. /timezone Europe/Dublin); /timezone off uses the service's
help-mute = /mute IDEA — stop notifications about one idea
help-unmute = /unmute IDEA — hear about that idea again
help-language = /language [CODE] — see the languages, or choose yours (en, cy, pl, ro, pa, ur, pt, ar)
help-link = /link [CODE] — connect your other chat accounts: send /link to get a code, then /link CODE in the other app
help-mydata = /mydata — see everything we hold about you
help-forgetme = /forgetme — delete your details; what you posted stays, shown as from “a former member”
help-review = /review — see the next ideas and comments waiting for a check
help-approve = /approve N|cN — publish an idea (12) or a comment (c34) held for a check
help-respond = /respond N|cN your answer — answer an idea or a comment as a champion
help-hide = /hide N|cN reason — hide an idea or a comment that breaks the rules, saying why
help-restore = /restore N|cN — bring back a hidden idea or comment
help-awaiting = /awaiting — list comments still waiting for a champion's answer
help-stats = /stats [SPRINT] — see a sprint's numbers: people, ideas, support and comments
help-outcomes = /outcomes [SPRINT] — see what became of ideas: the team's outcomes, with their notes
help-claim = /claim CODE — become a co-author of an idea a champion captured for your group, and hear what becomes of it
help-updates = /updates [SPRINT] — read the sprint team's updates, newest first
help-web = /web — get a link to sign in to the staff dashboard on the web (sent privately, works once)
help-capture = /capture NAME|off — capture ideas on a group's behalf (a huddle, a ward round): each gets a claim code for the people who were there
help-merge = /merge N M — merge duplicate idea N into idea M (its support moves to M)
help-challenge = /challenge add SPRINT Title | description — add a challenge to a sprint
help-theme =
    /theme new SPRINT Name | description — create a theme
    /theme add THEME IDEA — put an idea in a theme
    /theme list [SPRINT] — list the themes
help-bigidea =
    /bigidea new SPRINT THEME,THEME Title | description — create a Big Idea from themes
    /bigidea stage N STAGE — move Big Idea N to a new stage
    /bigidea list [SPRINT] — list the Big Ideas
help-outcome = /outcome N|bN OUTCOME note — record what became of idea N or Big Idea bN and tell everyone behind it (OUTCOME: under-consideration, prototyping, testing, adopted, scaled-and-spread, or not-taken-forward, which needs a note saying why)
help-update = /update — write to the sprint's people, step by step: sent now to every subscriber, or leading the next digest (in one line: /update now|digest Title | text [| link [| Welsh title | Welsh text]])
help-stage =
    /stage sprint N STAGE — move sprint N on (draft, open, closed, theming, prototyping, testing, scale and spread, archived)
    /stage idea N STAGE — say how far idea N has got (submitted, themed, prototyping, testing, scale and spread, not taken forward)
help-ban = /ban MEMBER reason — stop a member posting (they can still read)
help-unban = /unban MEMBER — let a member post again
help-export = /export [SPRINT] [ideas|updates|responses] [csv|json] [withheld] — download the public ideas (or the team's updates, or each comment's wait for a response), as CSV (the default) or JSON; admins may add withheld for held and hidden ones too, marked
help-audit = /audit — see the latest moderation actions and who took them
help-announce = /announce [CHALLENGE] — in a group or topic: announce new ideas of the current sprint (or one challenge) here; /announce off stops
help-deliveries = /deliveries — the notification queue: how many are waiting, sent and parked, and why the latest parked ones failed
help-role = /role MEMBER member|champion|moderator|admin — give a member a role

## Names of things, each chosen by one argument (the stored word).

role-name =
    { $role ->
        [member] Member
        [champion] Champion
        [moderator] Moderator
       *[admin] Admin
    }

sprint-stage-name =
    { $stage ->
        [draft] Being planned
        [open] Open for ideas
        [closed] Closed for ideas
        [theming] Theming
        [prototyping] Prototyping
        [testing] Testing
        [scale_and_spread] Scale and spread
       *[archived] Archived
    }

development-stage-name =
    { $stage ->
        [submitted] Submitted
        [themed] Themed
        [prototyping] Prototyping
        [testing] Testing
        [scale_and_spread] Scale and spread
       *[not_taken_forward] Not taken forward
    }

idea-kind-name =
    { $kind ->
        [experience] Experience
        [good_practice] Good practice
       *[idea] Idea
    }

describes-name =
    { $describes ->
        [staff] Staff
        [patient] Patient or service user
        [carer] Carer or family member
        [lived_experience] Lived-experience partner
        [partner_organisation] Partner organisation
       *[other] Other
    }

digest-name =
    { $frequency ->
        [weekly] Weekly
        [daily] Daily
       *[off] Off
    }

pii-kind-name =
    { $kind ->
        [nhs_number] NHS number
        [phone_number] Phone number
        [email] Email address
        [postcode] Postcode with a name
       *[date_of_birth] Date of birth
    }

visibility-name =
    { $visibility ->
        [pending] Waiting for a check
        [visible] Published
        [hidden] Hidden
       *[merged] Merged
    }

origin-name =
    { $origin ->
        [telegram] Telegram
        [discord] Discord
        [console] Console
       *[other] Imported
    }

# Shown instead of the name of someone who asked to be forgotten.
former-member = a former member
# Who a captured idea is by, on its card and page: the group, never the champion who typed it.
idea-by-group = the group at { $session }

## Announcements in groups and topics

announce-group-only = /announce works in a group chat or a topic: add the bot there and send it in that chat.
announce-tied = New ideas for “{ $title }” will be announced here.
announce-untied = New ideas will no longer be announced here.
announce-not-tied = Nothing was being announced here.
announce-heading = 💡 New idea

## Notifications: what people hear about their ideas, comments and sprints

notify-idea-approved = ✅ Your idea #{ $id } “{ $title }” has been checked and is published.
notify-idea-held = ⏸ Your idea #{ $id } “{ $title }” is held until the team has checked it, because it may contain personal details ({ $reasons }).
notify-idea-hidden = 🙈 Your idea #{ $id } “{ $title }” was hidden by the team: { $reason }
notify-idea-merged = 🔗 Your idea #{ $id } “{ $title }” was merged into #{ $into } “{ $into_title }”. Its supporters moved with it.
notify-idea-themed = 🏷 Your idea #{ $id } “{ $title }” is now part of the theme “{ $theme }”.
notify-idea-stage = 🚀 Idea #{ $id } “{ $title }” moved to { $stage }.
notify-comment-hidden = 🙈 Your comment c{ $comment } on idea #{ $idea } was hidden by the team: { $reason }
notify-response-to-comment = 💬 The team responded to your comment on idea #{ $id } “{ $title }”.
notify-response-to-idea = 💬 The team responded to your idea #{ $id } “{ $title }”.
notify-reply-to-comment = 💬 Someone replied to your comment on idea #{ $id } “{ $title }”.
notify-still-with-team = ⏳ Your comment on idea #{ $id } “{ $title }” is still with the sprint team. It has not been forgotten: you will hear as soon as they respond.
# The response promise's nudges to the sprint team: a champion's working morning, a
# moderator's Monday. A line per comment follows the heading; $left and $waited are lengths
# of time ("3 hours", "6 days").
notify-responses-nearing =
    { $count ->
        [one] ⏰ 1 comment is close to the response target ({ $days ->
            [one] 1 working day
           *[other] { $days } working days
        }):
       *[other] ⏰ { $count } comments are close to the response target ({ $days ->
            [one] 1 working day
           *[other] { $days } working days
        }):
    }
notify-responses-overdue =
    { $count ->
        [one] 🗓️ This week's overdue list: 1 comment has waited past the response target ({ $days ->
            [one] 1 working day
           *[other] { $days } working days
        }):
       *[other] 🗓️ This week's overdue list: { $count } comments have waited past the response target ({ $days ->
            [one] 1 working day
           *[other] { $days } working days
        }):
    }
notify-nearing-line = • c{ $comment } on #{ $id } “{ $title }”: { $left } left
notify-overdue-line = • c{ $comment } on #{ $id } “{ $title }”: waiting { $waited }
notify-waiting-more = …and { $count } more.
notify-waiting-hint = Answer with /respond cN and your response, or see every comment waiting with /awaiting.
notify-idea-outcome = 📌 What became of idea #{ $id } “{ $title }”: { $outcome }. { $note }
notify-big-idea-outcome = 📌 What became of the Big Idea “{ $title }”, which grew from ideas you wrote, supported, discussed or followed: { $outcome }. { $note }
notify-big-idea-stage = 🌱 Your voice went somewhere: the Big Idea “{ $title }”, which grew from ideas you wrote, supported or discussed, moved to { $stage }.
notify-sprint-opened = 📣 Sprint { $id } “{ $title }” is open for ideas. Challenges: { $challenges }. Send /idea to share yours.
notify-sprint-closed = 🏁 Sprint { $id } “{ $title }” has closed: { $people } people, { $ideas } ideas, { $interactions } interactions. Thank you for taking part.
notify-sprint-stage = 🗺 Sprint { $id } “{ $title }” moved to { $stage }.
notify-idea-published = 💡 New idea #{ $id } “{ $title }”.
notify-comment-published = 💬 New comment c{ $comment } on idea #{ $id }.
notify-idea-revised = Idea #{ $id } was changed by the sprint team.
notify-comment-revised = Comment c{ $comment } on idea #{ $id } was changed by the sprint team.
notify-button-open = Open idea #{ $id }

## The delivery queue

deliveries-counts = Notifications: { $pending } waiting, { $sending } being sent, { $sent } sent, { $dead } parked, { $duplicate } taken over after a worker stopped (each may have been sent twice).
deliveries-dead-line = Parked #{ $id }: { $event } for member { $member } on { $platform }: { $reason }
notify-paused = Notifications paused until { $until }. /pause off resumes them sooner.
notify-resumed = Notifications are back on.
notify-muted = You won't hear about idea #{ $id } any more. /unmute { $id } undoes that.
notify-unmuted = You'll hear about idea #{ $id } again.

## The digest and the closing reminder

notify-sprint-closing-soon = ⏳ Sprint { $id } “{ $title }” closes in 48 hours ({ $closes }). { $news ->
        [0] There is still time to post an idea or support others.
        [one] 1 idea you backed has new comments.
       *[other] { $news } ideas you backed have new comments.
    }
digest-heading = { $frequency ->
        [daily] 📬 Your daily crowdsprint round-up
       *[other] 📬 Your weekly crowdsprint round-up
    }
digest-challenges = New challenges:
digest-updates = From the team:
digest-challenge = • { $title }
digest-top-ideas = Most supported new ideas:
digest-top-idea = • #{ $id } { $title } ({ $count ->
        [one] 1 supporter
       *[other] { $count } supporters
    })
digest-followed = On ideas you follow:
digest-followed-idea = • #{ $id } { $title }: { $count ->
        [one] 1 new comment
       *[other] { $count } new comments
    }
digest-responses = The team responded to you:
digest-response = • #{ $id } { $title }
digest-outcomes = What became of ideas you backed:
digest-outcome = • #{ $id } { $title }: { $outcome }
digest-deadlines = Closing soon:
digest-deadline = • { $title } closes { $closes }
digest-footer = { $frequency ->
        [daily] You get this every day because you subscribed.
       *[other] You get this every week because you subscribed.
    } /subscribe changes how often.
digest-button-support = 👍 #{ $id }
digest-button-follow = 🔔 #{ $id }
digest-button-open = Open #{ $id }
digest-button-unsubscribe = Unsubscribe
digest-unsubscribed = You won't get the digest or sprint news any more. /subscribe weekly brings them back.
notify-timezone-set = Your time zone is now { $zone }: digests come at your morning and quiet hours follow your night.
notify-timezone-off = Your time zone is forgotten; times follow the service's ({ $zone }).

## Rate limits. $kind is idea or vote; $unit is seconds or minutes.

slow-down =
    { $kind ->
        [idea] You've shared a lot of ideas in a short time — thank you!
        [comment] That's a lot of comments in a short time — thank you!
        [link] That's a lot of linking in a short time.
       *[vote] That's a lot of votes in a short time.
    } Please try again in { $unit ->
        [minutes]
            { $count ->
                [one] 1 minute
               *[other] { $count } minutes
            }
       *[seconds]
            { $count ->
                [one] 1 second
               *[other] { $count } seconds
            }
    }.

## Your data (/mydata): a line before the full record
mydata-summary = { $accounts } linked { $accounts ->
        [one] account
       *[other] accounts
    }, { $ideas } { $ideas ->
        [one] idea
       *[other] ideas
    }, { $comments } { $comments ->
        [one] comment
       *[other] comments
    }, { $supported } supported, { $following } followed, { $deliveries } { $deliveries ->
        [one] message to you waiting or kept
       *[other] messages to you waiting or kept
    } (kept 30 days after sending), { $audit } { $audit ->
        [one] entry
       *[other] entries
    } in the team's audit log about you or by you.

## The text layouts' words (core/src/layout.rs and the chat bots' own layouts): idea lines,
## cards, lists, the review queue, sprints, audit lines, and the answers every surface gives.

member-welcome-back = Welcome back, { $name }. Type /ideas to see the top ideas, /idea to share one, or /help for everything.
registration-not-saved = Nothing was saved. Type /start whenever you're ready.
member-registered = You're registered, { $name }. Type /idea to share an idea, /ideas to see what others suggested, or /help for more.
plain-text-unregistered = Thanks! To post that as an idea, please register first with /start — it takes a minute.
idea-intro = New idea for "{ $sprint }".
idea-ask-title = Give your idea a short title (up to 120 characters).
idea-similar =
    { $count ->
        [one] There is a similar idea already:
       *[other] There are { $count } similar ideas already:
    }
support-added =
    You back idea #{ $id }. { $supporters ->
        [one] It has 1 supporter.
       *[other] It has { $supporters } supporters.
    }
support-removed =
    You no longer back idea #{ $id }. { $supporters ->
        [one] It has 1 supporter.
       *[other] It has { $supporters } supporters.
    }
comment-added = Thanks — your comment c{ $id } is on idea #{ $idea }.
comment-held = Your comment c{ $id } is saved, but held until someone checks it, because it may contain personal details ({ $reasons }).
follow-added = You're following idea #{ $id }: you'll hear about responses and progress.
follow-removed = You've stopped following idea #{ $id }.
digest-subscribed = Digest: { $frequency }.
language-current = Your language is { $language }. Choose from: { $choices } — for example /language cy
language-set = Language set to { $language }.
account-link-code = Your link code is { $code }. Type /link { $code } in the other app within { $minutes } minutes to join the two accounts.
account-linked = Done — this account is now linked to your crowdsprint profile.
mydata-heading = Everything we hold about you:
member-forget-confirm = This erases your name and accounts. Your ideas and comments stay, shown as from "a former member". Type yes to erase, anything else to keep your account.
member-forgotten = Your details have been erased. Thank you for taking part.
conversation-cancelled = Cancelled — nothing was changed.
conversation-nothing-to-cancel = There is nothing to cancel.
idea-line =
    #{ $id } { $title } — { $supporters ->
        [one] 1 supporter
       *[other] { $supporters } supporters
    }, { $comments ->
        [one] 1 comment
       *[other] { $comments } comments
    }
no-ideas = No ideas here yet. Be the first: type /idea.
list-page = Page { $page } of { $pages }. Next page: /ideas { $list } { $next }
idea-title = #{ $id } { $title }
idea-meta = { $kind } · { $challenge } · by { $author } · { $date }
idea-held = Held for review: may contain { $reasons }.
idea-hidden = Hidden by the team: { $reason }
idea-merged = Merged into idea #{ $into }.
idea-status =
    { $supporters ->
        [one] 1 supporter
       *[other] { $supporters } supporters
    } · stage: { $stage }{ $supported ->
        [yes] {" "}· you back this
       *[no] {""}
    }{ $following ->
        [yes] {" "}· following
       *[no] {""}
    }
idea-themes = Themes: { $themes }
no-comments = No comments yet. Add one with /comment { $id } your comment
comments-heading = Comments:
comment-line = c{ $id } { $author }: { $body }
response-line = c{ $id } ✔ Response from { $author }: { $body }
idea-actions = /support { $id } · /comment { $id } text · /follow { $id }
sprint-title = Sprint { $id }: { $title } ({ $stage })
sprint-open-until = Open for ideas from { $opens } until { $closes }.
sprint-window = Runs from { $opens } to { $closes }; not taking new ideas now.
sprint-line = Sprint { $id }: { $title } — { $stage }, closes { $closes }
sprint-target-set =
    { $own ->
        [yes] Sprint { $id } “{ $title }” now promises a response within { $days } working days.
       *[no] Sprint { $id } “{ $title }” keeps the service's response target again: { $days } working days.
    }
idea-counts = { $people } people · { $ideas } ideas · { $votes } votes · { $comments } comments · { $interactions } interactions
challenges-heading = Challenges:
no-challenges = This sprint has no challenges yet.
help-heading = What you can do:
help-section = For { $role }s:
help-footer = Type /help followed by a command for more, e.g. /help support. Plain text becomes a new idea.
command-usage = Usage: { $usage }
review-heading =
    Waiting for review: { $ideas ->
        [one] 1 idea
       *[other] { $ideas } ideas
    }, { $comments ->
        [one] 1 comment
       *[other] { $comments } comments
    }.
review-comment = c{ $id } on #{ $idea } "{ $title }" — { $author }: { $body }
review-actions = /approve { $target } · /hide { $target } reason · /respond { $target } text
review-approved = Approved { $target }.
review-responded = Response c{ $id } posted on { $target }; the author will hear.
review-hidden = Hidden { $target }; the author will be told why.
review-restored = Restored { $target }.
stats-responses =
    First responses: a median of { $median }; { $within } of { $answered } within { $days ->
        [one] 1 working day
       *[other] { $days } working days
    }.
stats-no-responses = First responses: none yet.
stats-captured =
    { $count ->
        [one] Captured on a group's behalf: 1 idea
       *[other] Captured on a group's behalf: { $count } ideas
    } from { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    } (not counted as the champions' own).
stats-updates =
    Team updates: { $now ->
        [one] 1 sent at once
       *[other] { $now } sent at once
    }, { $digest ->
        [one] 1 in digests
       *[other] { $digest } in digests
    }.
outcome-name =
    { $outcome ->
        [under_consideration] Under consideration
        [prototyping] Taken into prototyping
        [testing] Being tested
        [adopted] Adopted
        [scaled_and_spread] Scaled and spread
       *[not_taken_forward] Not taken forward
    }
outcome-set =
    Outcome of { $of } set: { $outcome }. { $count ->
        [one] 1 person will hear.
       *[other] { $count } people will hear.
    }
outcomes-heading = What became of ideas in { $sprint }:
outcomes-line = { $of } “{ $title }”: { $outcome }
outcomes-line-noted = { $of } “{ $title }”: { $outcome } — { $note }
outcomes-none = No outcomes have been recorded in { $sprint } yet.
# Team updates. $title and $body are the team's words (in Welsh for a Welsh reader when the
# team gave them); $has_link is yes when there is a $link.
team-update =
    📣 From the sprint team: { $title }
    { $body }{ $has_link ->
        [yes] {""}
            More: { $link }
       *[other] {""}
    }
update-posted =
    { $when ->
        [now] ✅ Update #{ $id } is on its way to every subscriber, at the pace the platforms allow.
       *[digest] ✅ Update #{ $id } will lead everyone's next digest, under “From the team”.
    }
updates-heading = 📣 The sprint team's updates in “{ $sprint }”, newest first:
updates-line = • #{ $id } { $date }: { $title }
updates-none = The sprint team has not posted an update in “{ $sprint }” yet.
web-sign-in-link = Your sign-in link for the staff dashboard: { $link }
    It works once, for { $minutes } minutes. Do not share it: it signs in as you.
# Capturing ideas on a group's behalf (a huddle, a ward round) and claiming them.
capture-started = 📝 Capturing ideas for “{ $session }”. Every idea you post now is the group's, not yours, and gets a claim code for the people who were there. Send /capture off when the session ends (it stops by itself after { $hours } hours).
capture-status =
    { $count ->
        [one] 📝 Capturing ideas for “{ $session }”: 1 idea so far. Send /capture off when the session ends.
       *[other] 📝 Capturing ideas for “{ $session }”: { $count } ideas so far. Send /capture off when the session ends.
    }
capture-stopped =
    { $count ->
        [one] The capture session “{ $session }” has ended: 1 idea captured. Ideas you post now are your own again.
       *[other] The capture session “{ $session }” has ended: { $count } ideas captured. Ideas you post now are your own again.
    }
capture-none = You are not capturing ideas for a group. Start with /capture and the session's name, such as /capture Ward 4 huddle.
idea-captured = 🤝 Idea #{ $id } is captured for “{ $session }”. Its claim code is { $code }: anyone who was there can send /claim { $code } to the bot to become a co-author and hear what becomes of it.
idea-claimed = ✅ You are now a co-author of idea #{ $id } “{ $title }”. You follow it, and you will hear when the team responds and what becomes of it.
awaiting-heading =
    { $count ->
        [one] 1 comment is waiting for a response:
       *[other] { $count } comments are waiting for a response:
    }
awaiting-line = c{ $id } on #{ $idea } — { $author }: { $body }
awaiting-none = Every comment has a response. Thank you!
review-merged = Idea #{ $from } is merged into #{ $into }, which now has { $supporters } supporters.
sprint-created = Sprint { $id } "{ $title }" created as a draft. Add challenges with /challenge add { $id } Title, then open it with /stage sprint { $id } open.
challenge-added = Challenge { $id } "{ $title }" added.
idea-stage-set = Idea #{ $id } moved to { $stage }.
theme-created = Theme { $id } "{ $name }" created. Add ideas with /theme add { $id } IDEA.
theme-added = Idea #{ $idea } added to "{ $name }" ({ $count } ideas).
theme-line = Theme { $id }: { $name } — { $count } ideas
no-themes = No themes yet. Create one with /theme new SPRINT Name.
big-idea-created = Big Idea { $id } "{ $title }" created.
big-idea-stage-set = Big Idea { $id } moved to { $stage }; { $people } people who contributed will hear.
big-idea-line = Big Idea { $id }: { $title } — { $stage }
no-big-ideas = No Big Ideas yet.
member-banned = Member { $member } is banned: they can read but not post.
member-unbanned = Member { $member } can post again.
member-role-set = { $name } (member { $member }) is now { $role }.
audit-line = { $at } member { $member }: { $action } { $target }
error-internal = Sorry, something went wrong on our side. Please try again in a moment. If it keeps happening, quote reference { $reference }.

## Conversations (core/src/conversation): registering, posting an idea, a comment, a response,
## a reason, /forgetme. Questions select on $style: "buttons" where choices are buttons
## (Telegram), "typed" where they are a numbered list (the console).

conversation-welcome =
    Welcome to crowdsprint! Share ideas that could improve care, back the ones you agree with, and hear what becomes of them. Registering takes a minute; { $style ->
        [buttons] tap ✖ Cancel at any point to stop.
       *[typed] type /cancel at any point to stop.
    }
conversation-ask-name =
    What should we call you? { $style ->
        [buttons] Send a name, or tap the button to use “{ $name }”. You can also pick your language here.
       *[typed] Type a name, or press Enter to use “{ $name }”. To change language, type its number.
    }
conversation-ask-name-typed = What should we call you? Type the name you'd like others to see.
conversation-use-name = ✓ { $name }
conversation-language = { $language }
conversation-ask-describes =
    Which best describes you?{ $style ->
        [buttons] {""}
       *[typed] {" "}Type a number.
    }
conversation-ask-organisation =
    Which organisation are you with? { $style ->
        [buttons] Send its name, or tap Skip.
       *[typed] Type its name, or press Enter to skip.
    }
conversation-ask-region =
    Which region are you in? { $style ->
        [buttons] Send it, or tap Skip.
       *[typed] Type it, or press Enter to skip.
    }
conversation-ask-consent =
    Privacy: we keep your name, what describes you and what you post, to run this sprint and tell you what happens to ideas. You can download your data with /mydata and erase it with /forgetme at any time.
    Do you agree?{ $style ->
        [buttons] {""}
       *[typed] {" "}Type yes or no.
    }
conversation-consent-yes = ✓ Yes, I agree
conversation-consent-no = No, thanks
conversation-skip = Skip
conversation-cancel = ✖ Cancel
conversation-pick-one =
    { $style ->
        [buttons] Please tap one of the buttons, or send /cancel to stop.
       *[typed] Please type one of the numbers shown, or /cancel to stop.
    }
conversation-idea-offer =
    Would you like to post that as an idea? { $style ->
        [buttons] Tap a challenge to carry on, or ✖ Cancel.
       *[typed] Type a challenge's number to carry on, or /cancel if not.
    }
conversation-ask-challenge =
    Which challenge does your idea answer?{ $style ->
        [buttons] {""}
       *[typed] {" "}Type a number.
    }
conversation-challenge = { $title }
conversation-title-suggested =
    Title: “{ $title }”. { $style ->
        [buttons] Tap to keep it, or send a better one (up to 120 characters).
       *[typed] Press Enter to keep it, or type a better one (up to 120 characters).
    }
conversation-keep-title = ✓ Keep this title
conversation-ask-body =
    Tell us more: what would you change, and why? { $style ->
        [buttons] Send it, or tap Skip.
       *[typed] Type it, or press Enter to skip.
    }
conversation-ask-kind =
    Is it an idea, an experience or good practice?{ $style ->
        [buttons] {""}
       *[typed] {" "}Type a number, or press Enter for an idea.
    }
conversation-similar-ask =
    { $style ->
        [buttons] Tap an idea to support it instead, or post yours anyway.
       *[typed] Type an idea's number to support it instead, post to post yours anyway, or /cancel.
    }
conversation-support-instead = 👍 #{ $id } { $title }
conversation-post-anyway = Post mine anyway
conversation-ask-comment = Send your comment on idea #{ $id }.
conversation-ask-response = Send the team's response to { $target }. Its author will be told.
conversation-ask-hide-reason = Why hide { $target }? Send a short reason; the author will see it.
conversation-confirm-forget =
    This erases your name and accounts. Your ideas and comments stay, shown as from “a former member”. { $style ->
        [buttons] Are you sure?
       *[typed] Type yes to erase, anything else to keep your account.
    }
conversation-forget-yes = Yes, erase me
update-intro = A team update for everyone taking part in “{ $sprint }”. Nothing is sent until you choose how at the end.
conversation-ask-update-title = What is its title? (up to 120 characters)
conversation-ask-update-body = Now the update itself (up to 2,000 characters).
conversation-ask-update-link =
    A link for more (it must start with https://)? { $style ->
        [buttons] Send it, or tap Skip.
       *[typed] Type it, or press Enter to skip.
    }
conversation-ask-update-welsh-title =
    Welsh readers get Welsh words when you give them. The Welsh title? { $style ->
        [buttons] Send it, or tap Skip for English only.
       *[typed] Type it, or press Enter for English only.
    }
conversation-ask-update-welsh-body = And the Welsh text of the update?
conversation-ask-update-when =
    That is how it reads. Send it now to everyone subscribed to “{ $sprint }”, or hold it to lead their next digest?{ $style ->
        [buttons] {""}
       *[typed] {" "}Type a number, or /cancel.
    }
conversation-update-when =
    { $when ->
        [now] 📣 Send now
       *[digest] 🗞 Lead the next digest
    }

## /audit: what each audited action is called ($action is the key, $stored the name kept in the
## log, shown for an action this version does not know).

audit-action =
    { $action ->
        [bigidea-create] created
        [bigidea-stage] set the stage of
        [challenge-create] added
        [comment-respond] responded to
        [export] exported
        [export-withheld] exported, with withheld items,
        [idea-merge] merged
        [idea-stage] set the stage of
        [import] imported
        [member-ban] banned
        [member-role] changed the role of
        [member-unban] lifted the ban on
        [review-approve] approved
        [review-hide] hid
        [review-restore] restored
        [sprint-create] created
        [sprint-stage] set the stage of
        [sprint-window] changed the dates of
        [sprint-target] set the response target of
        [theme-add] added to a theme:
        [theme-create] created
        [web-sign-in] signed in to the staff dashboard as
        [outcome-set] set the outcome of
        [update-post] posted a team update to
       *[other] { $stored }
    }

## Laid out on chat surfaces, where counts live on the buttons
idea-stage = Stage: { $stage }
similar-heading =
    { $count ->
        [one] A similar idea:
       *[other] Similar ideas:
    }
