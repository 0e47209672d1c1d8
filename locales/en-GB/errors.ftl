### What went wrong, and what to do next. Read on a phone, often on a break: keep each one
### short, plain and kind, and always say how to put it right.

## Mistakes in what someone typed (UserError). $field is one of the TextField keys.

error-text-empty =
    { $field ->
        [title] The title
        [body] The details
        [comment] Your comment
        [name] Your name
        [reason] The reason
        [description] The description
        [organisation] The organisation
        [region] The region
       *[other] This
    } can't be empty. Please write a few words and try again.

error-text-too-long =
    { $field ->
        [title] The title
        [body] The details
        [comment] Your comment
        [name] Your name
        [reason] The reason
        [description] The description
        [organisation] The organisation
        [region] The region
       *[other] This
    } is too long: { $actual } characters, and the limit is { $max }. Please shorten it and try again.

error-text-control-characters =
    { $field ->
        [title] The title
        [body] The details
        [comment] Your comment
        [name] Your name
        [reason] The reason
        [description] The description
        [organisation] The organisation
        [region] The region
       *[other] This
    } has a line break or a hidden character we can't use. Please type it again as plain text.

## Registering and permissions

error-not-registered = You need to register first — it only takes a few seconds. Send /start to begin.
error-already-registered = You're already registered, so there's nothing more to do. Send /help to see what you can do.
error-consent-required = We can only register you if you agree to us keeping your details. Send /start when you're ready to give your consent.
error-not-allowed =
    Sorry, only { $role ->
        [member] registered members
        [champion] champions
        [moderator] moderators
       *[admin] admins
    } can do that. If you think you should be able to, please ask your community manager.
error-banned = You can still read everything, but you can't post, support ideas or comment at the moment. If you think this is a mistake, please contact your community manager.

## Things that can't be found

error-sprint-not-found = Sprint { $id } doesn't exist — check the number with /sprints.
error-challenge-not-found = Challenge { $id } doesn't exist — check the number with /challenges.
error-idea-not-found = Idea #{ $id } doesn't exist — check the number with /ideas.
error-comment-not-found = Comment c{ $id } doesn't exist — open the idea with /show to see its comments and their numbers.
error-theme-not-found = Theme { $id } doesn't exist — check the number with /theme list.
error-big-idea-not-found = Big Idea { $id } doesn't exist — check the number with /bigidea list.
error-member-not-found = We can't find that member — check the member number and try again.

## Sprints, support and comments

error-sprint-not-open = Sprint { $id } isn't open right now, so it can't take new ideas or support. You can still read ideas and comment on them. Send /sprints to see which sprint is open.
error-no-open-sprint = No sprint is open at the moment, so there's nowhere to post ideas yet. Send /sprints to see what's coming up.
error-already-supported = You already support idea #{ $id } — thank you! To take your support back, send /unsupport { $id }.
error-not-supported = You don't support idea #{ $id }, so there's nothing to take back. To back it, send /support { $id }.
error-reply-too-deep = You can reply to a comment, but not to a reply. Please reply to the original comment instead.

## Moderation

error-merge-into-itself = An idea can't be merged into itself — please choose two different ideas.
error-merge-across-sprints = Those ideas are in different sprints, so they can't be merged. Only ideas in the same sprint can be merged.
error-idea-merged = Idea #{ $id } has been merged into idea #{ $into }, which is very similar, and its support has moved there. See it with /show { $into }.
error-already-visible = That's already visible to everyone — there's nothing to approve or restore.
error-already-hidden = That's hidden already. To show it again, use /restore.
error-window-backwards = The closing date is before the opening date. Please check the dates (like 2026-06-30) and try again.
error-link-code-invalid = That code isn't right, or it has run out. Send /link in the app you already use to get a new code, then send /link CODE here.
error-claim-code-invalid = That claim code isn't known. Check it with the champion who captured the idea: it is six letters and numbers, such as K7Q2XM.
error-update-link-invalid = That link doesn't look like a web address. Give the whole address, starting with https://, without spaces.
error-already-claimed = You are already a co-author of idea #{ $id }.
error-already-linked = This account is already linked to you — there's nothing more to do.
error-not-on-yourself = You can't do that to your own account — please ask another moderator or admin.
error-already-banned = Member { $member } is already stopped from posting.
error-not-banned = Member { $member } isn't banned, so there's nothing to undo.
error-nothing-to-review = Nothing is waiting for review — everything has been checked. Thank you!
error-stage-unchanged = It's already at that stage — nothing has changed.
error-pause-too-long = A pause can be at most { $max } days.
error-target-out-of-range = A response target is from 1 to { $max } working days.
error-already-in-theme = That idea is already in this theme.
error-challenge-in-other-sprint = That challenge belongs to a different sprint. Please choose one from this sprint — /challenges lists them.
error-theme-in-other-sprint = That theme belongs to a different sprint. Ideas and Big Ideas can only use themes from their own sprint — /theme list shows them.

## Commands that could not be read (ParseError). The adapter shows the command's usage after.

parse-not-a-command = Commands start with a slash, like /help. To share an idea, send /idea.
parse-unknown-command = Sorry, I don't know /{ $command }. Send /help to see the commands you can use.
parse-missing-argument = /{ $command } needs { parse-argument }.
parse-bad-value = “{ $value }” doesn't work here: /{ $command } needs { parse-argument }.
parse-too-many-arguments = There's more after /{ $command } than it can use. Please check the command and try again.

# What a command's argument should be, used inside the two messages above (same arguments).
parse-argument =
    { $argument ->
        [idea] an idea number, like 12
        [comment] a comment number, like c34
        [target] an idea number (like 12) or a comment number (like c34)
        [of] an idea number (like 12) or a Big Idea number (like b3)
        [outcome] an outcome: under-consideration, prototyping, testing, adopted, scaled-and-spread or not-taken-forward
        [note] a note
        [into] the number of the idea to merge into
        [text]
            { $command ->
                [comment] your comment
                [reply] your reply
                [respond] your answer
               *[other] some text
            }
        [reason] a reason
        [frequency] weekly, daily or off
        [language] a language code: en, cy, pl, ro, pa, ur, pt or ar
        [challenge] a challenge number, or off
        [days] a number of days, like 7, or off
        [zone] a time zone name, like Europe/London or America/New_York, or off
        [sprint] a sprint number
        [theme] a theme number
        [themes] theme numbers with commas between them, like 2,3
        [bigidea] a Big Idea number
        [member] a member number
        [role] a role: member, champion, moderator or admin
        [order] top, new or mine
        [page] a page number
        [code] a claim code, like K7Q2XM
        [session] the session's name, like Ward 4 huddle, or off
        [action]
            { $command ->
                [theme] the word new, add or list
                [bigidea] the word new, stage or list
                [stage] the word sprint or idea
                [challenge] the word add
               *[other] the right word after the command
            }
        [stage] a stage, like testing or scale and spread
        [opens] an opening date, like 2026-06-01
        [closes] a closing date, like 2026-06-30
        [title] a title
        [format] csv or json
        [when] now or digest: at once, or leading the next digest
        [welsh] a Welsh title and a Welsh text, both, after the link (leave the link empty if there is none: Title | text || Welsh title | Welsh text)
       *[other] something more
    }

## Importing ideas from a chat or connect session (one problem per row; the line is shown too)

import-missing-column = The file needs a column called “{ $column }”. Add it to the first row and import the file again.
import-unreadable-row = We couldn't read this row. Check it in a spreadsheet (especially any quote marks) and import the file again.
import-unknown-challenge = “{ $challenge }” isn't a challenge in this sprint. Use the challenge's number or its exact title — /challenges lists them.
import-unknown-kind = “{ $kind }” isn't a kind we know. Use idea, experience or good practice — or leave it empty for an idea.
error-web-not-configured = The web dashboard is not set up here yet: the operator has to give the board its public address (CROWDSPRINT_PUBLIC_URL).
error-sign-in-link-invalid = This sign-in link has been used or has run out. Send /web to the bot in your chat for a new one.
error-outcome-needs-note = Saying an idea is not taken forward needs a reason, for the people behind it: add a note after the outcome.
