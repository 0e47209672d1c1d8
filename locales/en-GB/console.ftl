# The terminal console's words. Command names (/support, /idea, ...) stay in English in every
# language: they are what people type.

## Greetings and registration

console-welcome =
    Welcome to crowdsprint, { $name }! Share ideas and experiences that could improve care, back the ones you agree with, and hear what becomes of them.
    Type /start to register (it takes a minute), or /help to see what you can do. /quit leaves.
console-welcome-back = Welcome back, { $name }. Type /ideas to see the top ideas, /idea to share one, or /help for everything.
console-reg-intro = Let's get you registered, so we know where ideas come from. Type /cancel at any point to stop.
console-reg-ask-name = What should we call you? Press Enter to use "{ $name }".
console-reg-ask-describes = Which best describes you? Type a number.
console-reg-ask-organisation = Which organisation are you with? (optional — press Enter to skip)
console-reg-ask-region = Which region are you in? (optional — press Enter to skip)
console-reg-ask-language = Which language would you like? Type a number.
console-reg-ask-consent =
    Privacy: we keep your name, what describes you and what you post, to run this sprint and tell you what happens to ideas. You can download your data with /mydata and erase it with /forgetme at any time.
    Do you agree? Type yes or no.
console-reg-not-saved = Nothing was saved. Type /start whenever you're ready.
console-registered = You're registered, { $name }. Type /idea to share an idea, /ideas to see what others suggested, or /help for more.
console-pick-a-number = Please type one of the numbers shown.
console-plain-unregistered = Thanks! To post that as an idea, please register first with /start — it takes a minute.

## Posting an idea

console-idea-offer = Would you like to post that as an idea? (Type /cancel if not.)
console-idea-intro = New idea for "{ $sprint }".
console-idea-ask-challenge = Which challenge does it answer? Type a number.
console-idea-ask-title = Give your idea a short title (up to 120 characters).
console-idea-title-suggested = Title: "{ $title }" — press Enter to keep it, or type a better one.
console-idea-ask-body = Tell us more: what would you change, and why? (optional — press Enter to skip)
console-idea-ask-kind = Is it an idea, an experience or good practice? Type a number, or press Enter for an idea.
console-idea-similar =
    { $count ->
        [one] There is a similar idea already:
       *[other] There are { $count } similar ideas already:
    }
console-idea-similar-ask = Type a number to support that idea instead, type post to post yours anyway, or /cancel.
console-idea-posted = Thank you! Your idea is #{ $id }. Share it with /show { $id }; others can back it with /support { $id }.
console-idea-posted-held =
    Thank you — your idea is saved as #{ $id }, but we're holding it until someone from the team has checked it, because it may contain personal details ({ $reasons }).
    This keeps patients and colleagues safe. You'll hear as soon as it's published; you can still see it with /show { $id }.
console-supported =
    You back idea #{ $id }. { $supporters ->
        [one] It has 1 supporter.
       *[other] It has { $supporters } supporters.
    }
console-unsupported =
    You no longer back idea #{ $id }. { $supporters ->
        [one] It has 1 supporter.
       *[other] It has { $supporters } supporters.
    }
console-commented = Thanks — your comment c{ $id } is on idea #{ $idea }.
console-comment-held = Your comment c{ $id } is saved, but held until someone checks it, because it may contain personal details ({ $reasons }).
console-following = You're following idea #{ $id }: you'll hear about responses and progress.
console-unfollowed = You've stopped following idea #{ $id }.
console-subscribed = Digest: { $frequency }.
console-language-current = Your language is { $language }. Choose from: { $choices } — for example /language cy
console-language-set = Language set to { $language }.
console-link-code = Your link code is { $code }. Type /link { $code } in the other app within { $minutes } minutes to join the two accounts.
console-linked = Done — this account is now linked to your crowdsprint profile.
console-mydata-heading = Everything we hold about you:
console-forget-confirm = This erases your name and accounts. Your ideas and comments stay, shown as from "a former member". Type yes to erase, anything else to keep your account.
console-forgotten = Your details have been erased. Thank you for taking part.
console-cancelled = Cancelled — nothing was changed.
console-nothing-to-cancel = There is nothing to cancel.

## Showing ideas and sprints

console-idea-line =
    #{ $id } { $title } — { $supporters ->
        [one] 1 supporter
       *[other] { $supporters } supporters
    }, { $comments ->
        [one] 1 comment
       *[other] { $comments } comments
    }
console-no-ideas = No ideas here yet. Be the first: type /idea.
console-page = Page { $page } of { $pages }. Next page: /ideas { $list } { $next }
console-idea-title = #{ $id } { $title }
console-idea-meta = { $kind } · { $challenge } · by { $author } · { $date }
console-idea-held = Held for review: may contain { $reasons }.
console-idea-hidden = Hidden by the team: { $reason }
console-idea-merged = Merged into idea #{ $into }.
console-idea-status =
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
console-idea-themes = Themes: { $themes }
console-no-comments = No comments yet. Add one with /comment { $id } your comment
console-comments-heading = Comments:
console-comment-line = c{ $id } { $author }: { $body }
console-response-line = c{ $id } ✔ Response from { $author }: { $body }
console-idea-actions = /support { $id } · /comment { $id } text · /follow { $id }
console-sprint-title = Sprint { $id }: { $title } ({ $stage })
console-sprint-open-until = Open for ideas from { $opens } until { $closes }.
console-sprint-window = Runs from { $opens } to { $closes }; not taking new ideas now.
console-sprint-line = Sprint { $id }: { $title } — { $stage }, closes { $closes }
console-counts = { $people } people · { $ideas } ideas · { $votes } votes · { $comments } comments · { $interactions } interactions
console-challenges-heading = Challenges:
console-no-challenges = This sprint has no challenges yet.

## Help

console-help-heading = What you can do:
console-help-section = For { $role }s:
console-help-footer = Type /help followed by a command for more, e.g. /help support. Plain text becomes a new idea.
console-usage = Usage: { $usage }

## The sprint team

console-review-heading = Waiting for review: { $ideas } ideas, { $comments } comments.
console-review-comment = c{ $id } on #{ $idea } "{ $title }" — { $author }: { $body }
console-review-actions = /approve { $target } · /hide { $target } reason · /respond { $target } text
console-approved = Approved { $target }.
console-responded = Response c{ $id } posted on { $target }; the author will hear.
console-hidden = Hidden { $target }; the author will be told why.
console-restored = Restored { $target }.
console-awaiting-heading =
    { $count ->
        [one] 1 comment is waiting for a response:
       *[other] { $count } comments are waiting for a response:
    }
console-awaiting-line = c{ $id } on #{ $idea } — { $author }: { $body }
console-awaiting-none = Every comment has a response. Thank you!
console-merged = Idea #{ $from } is merged into #{ $into }, which now has { $supporters } supporters.
console-sprint-created = Sprint { $id } "{ $title }" created as a draft. Add challenges with /challenge add { $id } Title, then open it with /stage sprint { $id } open.
console-challenge-added = Challenge { $id } "{ $title }" added.
console-idea-stage-set = Idea #{ $id } moved to { $stage }.
console-theme-created = Theme { $id } "{ $name }" created. Add ideas with /theme add { $id } IDEA.
console-theme-added = Idea #{ $idea } added to "{ $name }" ({ $count } ideas).
console-theme-line = Theme { $id }: { $name } — { $count } ideas
console-no-themes = No themes yet. Create one with /theme new SPRINT Name.
console-big-idea-created = Big Idea { $id } "{ $title }" created.
console-big-idea-stage-set = Big Idea { $id } moved to { $stage }; { $people } people who contributed will hear.
console-big-idea-line = Big Idea { $id }: { $title } — { $stage }
console-no-big-ideas = No Big Ideas yet.
console-banned = Member { $member } is banned: they can read but not post.
console-unbanned = Member { $member } can post again.
console-role-set = { $name } (member { $member }) is now { $role }.
console-exported = Exported { $count } ideas to { $path }.
console-audit-line = { $at } member { $member }: { $action } { $target }
console-internal-error = Sorry, something went wrong on our side. Please try again in a moment. If it keeps happening, quote reference { $reference }.
