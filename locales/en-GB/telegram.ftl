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

## Rate limits. $kind is idea or vote; $unit is seconds or minutes.

telegram-slow-down =
    { $kind ->
        [idea] You've shared a lot of ideas in a short time — thank you!
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
