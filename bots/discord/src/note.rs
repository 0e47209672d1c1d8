//! `Note`: one message as Discord will show it (text, embeds, buttons, an attachment, whether
//! only the member sees it), and `Answer`: how we reply to one interaction. Both become
//! serenity builders at the last moment, with pings switched off and Discord's limits applied.

use crowdsprint_core::domain::ShownIdeas;
use serenity::builder::{
    AutocompleteChoice, CreateActionRow, CreateAllowedMentions, CreateAttachment,
    CreateAutocompleteResponse, CreateEmbed, CreateInteractionResponse,
    CreateInteractionResponseMessage, CreateMessage, CreateModal, EditMessage,
};

/// Discord's limit on message text.
pub const MAX_CONTENT: usize = 2000;

/// One message.
#[derive(Debug, Clone, Default)]
pub struct Note {
    pub content: String,
    pub embeds: Vec<CreateEmbed>,
    pub components: Vec<CreateActionRow>,
    /// Only the member who asked sees it.
    pub ephemeral: bool,
    pub file: Option<CreateAttachment>,
    /// The ideas this message shows (a card, a page of a list), what as and in which
    /// language: answered in a channel, it is a public copy to keep in step with them.
    pub shows: Option<ShownIdeas>,
}

impl Note {
    /// Text only the member sees.
    pub fn private(content: impl Into<String>) -> Note {
        Note {
            content: content.into(),
            ephemeral: true,
            ..Note::default()
        }
    }

    /// Text everyone in the channel sees.
    pub fn public(content: impl Into<String>) -> Note {
        Note {
            content: content.into(),
            ..Note::default()
        }
    }

    #[must_use]
    pub fn embed(mut self, embed: CreateEmbed) -> Note {
        self.embeds.push(embed);
        self
    }

    #[must_use]
    pub fn row(mut self, row: CreateActionRow) -> Note {
        self.components.push(row);
        self
    }

    #[must_use]
    pub fn ephemeral(mut self, ephemeral: bool) -> Note {
        self.ephemeral = ephemeral;
        self
    }

    /// As an interaction's message, never pinging anyone.
    pub fn into_message(self) -> CreateInteractionResponseMessage {
        let mut message = CreateInteractionResponseMessage::new()
            .content(crate::markdown::truncate(&self.content, MAX_CONTENT))
            .embeds(crate::embed_budget::fit(self.embeds))
            .components(self.components)
            .ephemeral(self.ephemeral)
            .allowed_mentions(CreateAllowedMentions::new());
        if let Some(file) = self.file {
            message = message.add_file(file);
        }
        message
    }

    /// As a message the bot posts on its own (in a channel, a forum post or a DM), never
    /// pinging anyone. There is no "ephemeral" outside an interaction.
    pub fn into_channel_message(self) -> CreateMessage {
        let mut message = CreateMessage::new()
            .content(crate::markdown::truncate(&self.content, MAX_CONTENT))
            .embeds(crate::embed_budget::fit(self.embeds))
            .components(self.components)
            .allowed_mentions(CreateAllowedMentions::new());
        if let Some(file) = self.file {
            message = message.add_file(file);
        }
        message
    }
}

impl Note {
    /// As an edit of a message the bot posted earlier (a card redrawn), pings off.
    pub fn into_edit(self) -> EditMessage {
        EditMessage::new()
            .content(crate::markdown::truncate(&self.content, MAX_CONTENT))
            .embeds(crate::embed_budget::fit(self.embeds))
            .components(self.components)
            .allowed_mentions(CreateAllowedMentions::new())
    }
}

/// The reply to one interaction.
#[derive(Debug, Clone)]
pub enum Answer {
    /// A new message.
    Send(Note),
    /// Redraw the message whose button was pressed (a card after "Support").
    Update(Note),
    /// Open a form.
    Form(CreateModal),
    /// Suggestions while the member types an option.
    Choices(Vec<AutocompleteChoice>),
}

impl Answer {
    pub fn into_response(self) -> CreateInteractionResponse {
        match self {
            Answer::Send(note) => CreateInteractionResponse::Message(note.into_message()),
            Answer::Update(note) => CreateInteractionResponse::UpdateMessage(note.into_message()),
            Answer::Form(modal) => CreateInteractionResponse::Modal(modal),
            Answer::Choices(choices) => CreateInteractionResponse::Autocomplete(
                CreateAutocompleteResponse::new().set_choices(choices),
            ),
        }
    }

    /// The ideas a message everyone in the channel will see shows, which must be recorded
    /// as their public copy once Discord has made it a message (or, for an update, now).
    pub fn public_copy(&self) -> Option<&ShownIdeas> {
        match self {
            Answer::Send(note) | Answer::Update(note) if !note.ephemeral => note.shows.as_ref(),
            _ => None,
        }
    }

    /// Whether the answer carries a file, which only a REST call (not the HTTP response to
    /// an interactions endpoint request) can upload.
    pub fn has_file(&self) -> bool {
        matches!(self, Answer::Send(note) | Answer::Update(note) if note.file.is_some())
    }
}
