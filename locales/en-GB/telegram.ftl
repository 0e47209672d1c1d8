# The Telegram bot's own words: its buttons, and the few texts that differ from the console's
# because Telegram has buttons where the console has typed commands. Everything else the bot
# says comes from console.ftl, core.ftl and errors.ftl. Button labels are short: a phone shows
# about 30 characters of a full-width button.

## Idea cards

telegram-button-support = 👍 Support · { $count }
telegram-button-supported = ✓ Supported · { $count }
telegram-button-comment = 💬 Comment
telegram-button-follow = 🔔 Follow
telegram-button-following = ✓ Following
telegram-button-similar = 🔎 Similar ideas
telegram-idea-stage = Stage: { $stage }
telegram-no-comments = No comments yet. Tap 💬 Comment to add the first one.

## Lists of ideas

telegram-list-heading =
    { $list ->
        [top] Top ideas
        [new] Newest ideas
       *[mine] Your ideas
    } · page { $page } of { $pages }
telegram-button-open = #{ $id } { $title }
telegram-button-previous = ◀
telegram-button-next = ▶
telegram-button-page = { $page }/{ $pages }

## Posting an idea

telegram-button-keep-title = ✓ Keep this title
telegram-button-support-instead = 👍 #{ $id } { $title }
telegram-button-post-anyway = Post mine anyway
telegram-idea-similar-ask = Tap an idea to support it instead, or post yours anyway.
telegram-button-cancel = ✖ Cancel

## Registering

telegram-button-skip = Skip
telegram-button-consent-yes = ✓ Yes, I agree
telegram-button-consent-no = No, thanks

## The sprint team

telegram-button-approve = ✓ Approve
telegram-button-hide = 🙈 Hide
telegram-button-respond = 💬 Respond
telegram-review-idea-meta = { $kind } · by { $author } · { $date }

## Answers to button presses (at most 200 characters: Telegram shows them as a brief notice)

telegram-callback-stale = This button is from an older message and no longer works. Please send the command again.
telegram-callback-invalid = Sorry, that button didn't work. Please send the command again.

## Conversations (the running bot)

telegram-reg-intro = Welcome to crowdsprint! Share ideas that could improve care, back the ones you agree with, and hear what becomes of them. Registering takes a minute; tap ✖ Cancel at any point to stop.
telegram-reg-ask-name = What should we call you? Send a name, or tap the button to use “{ $name }”. You can also pick your language here.
telegram-button-use-name = ✓ { $name }
telegram-reg-ask-describes = Which best describes you?
telegram-reg-ask-organisation = Which organisation are you with? Send its name, or tap Skip.
telegram-reg-ask-region = Which region are you in? Send it, or tap Skip.
telegram-reg-ask-consent =
    Privacy: we keep your name, what describes you and what you post, to run this sprint and tell you what happens to ideas. You can download your data with /mydata and erase it with /forgetme at any time.
    Do you agree?
telegram-use-buttons = Please tap one of the buttons, or send /cancel to stop.
telegram-idea-offer = Would you like to post that as an idea? Tap a challenge to carry on, or ✖ Cancel.
telegram-idea-ask-challenge = Which challenge does your idea answer?
telegram-idea-title-suggested = Title: “{ $title }”. Tap to keep it, or send a better one (up to 120 characters).
telegram-idea-ask-body = Tell us more: what would you change, and why? Send it, or tap Skip.
telegram-idea-ask-kind = Is it an idea, an experience or good practice?
telegram-idea-posted = Thank you! Your idea is #{ $id }. Others can back it from its card below.
telegram-idea-posted-held =
    Thank you — your idea is saved as #{ $id }, but we're holding it until someone from the team has checked it, because it may contain personal details ({ $reasons }).
    This keeps patients and colleagues safe. You'll hear as soon as it's published.
telegram-comment-ask = Send your comment on idea #{ $id }.
telegram-respond-ask = Send the team's response to { $target }. Its author will be told.
telegram-hide-ask = Why hide { $target }? Send a short reason; the author will see it.
telegram-forget-confirm = This erases your name and accounts. Your ideas and comments stay, shown as from “a former member”. Are you sure?
telegram-button-forget-yes = Yes, erase me
telegram-text-only = I can only read text for now. Send your idea in words, or /help to see what you can do.
telegram-go-private = Let's carry on in a private chat, so the group isn't flooded.
telegram-button-open-private = 💬 Open a private chat
telegram-language-pick = Which language would you like?
telegram-exported =
    { $count ->
        [one] 1 idea from sprint { $sprint }.
       *[other] { $count } ideas from sprint { $sprint }.
    }
telegram-similar-heading =
    { $count ->
        [one] A similar idea:
       *[other] Similar ideas:
    }
telegram-no-similar = No similar ideas yet.
