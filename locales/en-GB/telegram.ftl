# The Telegram bot's own words: the few texts that differ from the console's because Telegram
# has buttons where the console has typed commands. Everything else the bot says comes from
# chat.ftl (shared with Discord), core.ftl and errors.ftl. Button labels are short:
# a phone shows about 30 characters of a full-width button.

## Idea cards

telegram-idea-stage = Stage: { $stage }
telegram-no-comments = No comments yet. Tap 💬 Comment to add the first one.

## Lists of ideas

telegram-button-page = { $page }/{ $pages }

## Posting an idea

telegram-button-keep-title = ✓ Keep this title
telegram-button-cancel = ✖ Cancel

## Registering

telegram-button-skip = Skip
telegram-button-consent-no = No, thanks

## Conversations (the running bot)

telegram-reg-intro = Welcome to crowdsprint! Share ideas that could improve care, back the ones you agree with, and hear what becomes of them. Registering takes a minute; tap ✖ Cancel at any point to stop.
telegram-reg-ask-name = What should we call you? Send a name, or tap the button to use “{ $name }”. You can also pick your language here.
telegram-button-use-name = ✓ { $name }
telegram-reg-ask-describes = Which best describes you?
telegram-reg-ask-organisation = Which organisation are you with? Send its name, or tap Skip.
telegram-reg-ask-region = Which region are you in? Send it, or tap Skip.
telegram-use-buttons = Please tap one of the buttons, or send /cancel to stop.
telegram-idea-offer = Would you like to post that as an idea? Tap a challenge to carry on, or ✖ Cancel.
telegram-idea-ask-challenge = Which challenge does your idea answer?
telegram-idea-title-suggested = Title: “{ $title }”. Tap to keep it, or send a better one (up to 120 characters).
telegram-idea-ask-body = Tell us more: what would you change, and why? Send it, or tap Skip.
telegram-idea-ask-kind = Is it an idea, an experience or good practice?
telegram-comment-ask = Send your comment on idea #{ $id }.
telegram-respond-ask = Send the team's response to { $target }. Its author will be told.
telegram-hide-ask = Why hide { $target }? Send a short reason; the author will see it.
telegram-forget-confirm = This erases your name and accounts. Your ideas and comments stay, shown as from “a former member”. Are you sure?
telegram-button-forget-yes = Yes, erase me
telegram-text-only = I can only read text for now. Send your idea in words, or /help to see what you can do.
telegram-go-private = Let's carry on in a private chat, so the group isn't flooded.
telegram-sent-privately = I've answered you in a private chat: only you can see it.
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
