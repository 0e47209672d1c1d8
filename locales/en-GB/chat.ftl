# Words the chat bots share (Telegram and Discord): the buttons on idea cards, lists and the
# review queue, and the texts that go with pressing them. Button labels are short: a phone shows
# about 30 characters of a full-width button.

## Idea cards

chat-button-support = 👍 Support · { $count }
chat-button-supported = ✓ Supported · { $count }
chat-button-comment = 💬 Comment
chat-button-follow = 🔔 Follow
chat-button-following = ✓ Following
chat-button-similar = 🔎 Similar ideas
chat-button-web = 🌐 Open on the web

## Lists of ideas

chat-list-heading =
    { $list ->
        [top] Top ideas
        [new] Newest ideas
       *[mine] Your ideas
    } · page { $page } of { $pages }
chat-button-open = #{ $id } { $title }
chat-button-previous = ◀
chat-button-next = ▶

## Posting an idea

chat-button-support-instead = 👍 #{ $id } { $title }
chat-button-post-anyway = Post mine anyway
chat-idea-similar-ask = Tap an idea to support it instead, or post yours anyway.

## Registering

chat-button-consent-yes = ✓ Yes, I agree

## The sprint team

chat-button-approve = ✓ Approve
chat-button-hide = 🙈 Hide
chat-button-respond = 💬 Respond
chat-review-idea-meta = { $kind } · by { $author } · { $date }

## Answers to button presses (at most 200 characters: Telegram shows them as a brief notice)

chat-callback-stale = This button is from an older message and no longer works. Please send the command again.
chat-callback-invalid = Sorry, that button didn't work. Please send the command again.

## Conversations (the running bot)

chat-reg-ask-consent =
    Privacy: we keep your name, what describes you and what you post, to run this sprint and tell you what happens to ideas. You can download your data with /mydata and erase it with /forgetme at any time.
    Do you agree?
chat-idea-posted = Thank you! Your idea is #{ $id }. Others can back it from its card below.
chat-idea-posted-held =
    Thank you — your idea is saved as #{ $id }, but we're holding it until someone from the team has checked it, because it may contain personal details ({ $reasons }).
    This keeps patients and colleagues safe. You'll hear as soon as it's published.
chat-withdrawn = This idea was withdrawn by the sprint team.
chat-card-more = … the rest, with every comment: /show { $id } in a private chat with me.
chat-no-comments = No comments yet. Tap 💬 Comment to add the first one.
