# The terminal console's words. Command names (/support, /idea, ...) stay in English in every
# language: they are what people type.

## Greetings and registration

console-welcome =
    Welcome to crowdsprint, { $name }! Share ideas and experiences that could improve care, back the ones you agree with, and hear what becomes of them.
    Type /start to register (it takes a minute), or /help to see what you can do. /quit leaves.
console-reg-intro = Let's get you registered, so we know where ideas come from. Type /cancel at any point to stop.
console-reg-ask-name = What should we call you? Press Enter to use "{ $name }".
console-reg-ask-describes = Which best describes you? Type a number.
console-reg-ask-organisation = Which organisation are you with? (optional — press Enter to skip)
console-reg-ask-region = Which region are you in? (optional — press Enter to skip)
console-reg-ask-language = Which language would you like? Type a number.
console-reg-ask-consent =
    Privacy: we keep your name, what describes you and what you post, to run this sprint and tell you what happens to ideas. You can download your data with /mydata and erase it with /forgetme at any time.
    Do you agree? Type yes or no.
console-pick-a-number = Please type one of the numbers shown.

## Posting an idea

console-idea-offer = Would you like to post that as an idea? (Type /cancel if not.)
console-idea-ask-challenge = Which challenge does it answer? Type a number.
console-idea-title-suggested = Title: "{ $title }" — press Enter to keep it, or type a better one.
console-idea-ask-body = Tell us more: what would you change, and why? (optional — press Enter to skip)
console-idea-ask-kind = Is it an idea, an experience or good practice? Type a number, or press Enter for an idea.
console-idea-similar-ask = Type a number to support that idea instead, type post to post yours anyway, or /cancel.
console-idea-posted = Thank you! Your idea is #{ $id }. Share it with /show { $id }; others can back it with /support { $id }.
console-idea-posted-held =
    Thank you — your idea is saved as #{ $id }, but we're holding it until someone from the team has checked it, because it may contain personal details ({ $reasons }).
    This keeps patients and colleagues safe. You'll hear as soon as it's published; you can still see it with /show { $id }.

## The sprint team

console-exported = Exported { $count } ideas to { $path }.
