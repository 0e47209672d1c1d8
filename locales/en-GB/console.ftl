# The terminal console's words. Command names (/support, /idea, ...) stay in English in every
# language: they are what people type.

## Greetings and registration

console-welcome =
    Welcome to crowdsprint, { $name }! Share ideas and experiences that could improve care, back the ones you agree with, and hear what becomes of them.
    Type /start to register (it takes a minute), or /help to see what you can do. /quit leaves.

## Posting an idea

console-idea-posted = Thank you! Your idea is #{ $id }. Share it with /show { $id }; others can back it with /support { $id }.
console-idea-posted-held =
    Thank you — your idea is saved as #{ $id }, but we're holding it until someone from the team has checked it, because it may contain personal details ({ $reasons }).
    This keeps patients and colleagues safe. You'll hear as soon as it's published; you can still see it with /show { $id }.

## The sprint team

console-exported =
    { $table ->
        [updates] Exported { $count } team updates to { $path }.
        [responses] Exported { $count } comments awaiting or given a response to { $path }.
       *[ideas] Exported { $count } ideas to { $path }.
    }
