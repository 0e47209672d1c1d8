//! The forms (Discord modals) the bot opens: registration, posting an idea, a comment, a
//! reason to hide, a champion's response, a team update. Each is a column of text inputs, built the classic
//! way (action rows) because serenity 0.12 cannot read the newer "label" layout back.

use crate::action::Action;
use crowdsprint_core::domain::*;
use crowdsprint_core::i18n::Catalog;
use serenity::builder::{CreateActionRow, CreateInputText, CreateModal};
use serenity::model::application::{ActionRowComponent, InputTextStyle, ModalInteractionData};

/// Discord's limit on a form title.
const MAX_FORM_TITLE: usize = 45;

/// Field ids inside forms.
pub mod field {
    pub const NAME: &str = "name";
    pub const ORGANISATION: &str = "organisation";
    pub const REGION: &str = "region";
    pub const TITLE: &str = "title";
    pub const BODY: &str = "body";
    pub const TEXT: &str = "text";
    pub const LINK: &str = "link";
    pub const WELSH_TITLE: &str = "welsh_title";
    pub const WELSH_BODY: &str = "welsh_body";
}

/// Builds forms in one language.
#[derive(Debug, Clone, Copy)]
pub struct Forms<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
}

impl Forms<'_> {
    fn word(&self, id: &'static str) -> String {
        self.catalog.text(self.locale, id)
    }

    fn form(
        &self,
        action: &Action,
        title: &'static str,
        inputs: Vec<CreateInputText>,
    ) -> CreateModal {
        self.form_titled(action, &self.word(title), inputs)
    }

    fn form_titled(
        &self,
        action: &Action,
        title: &str,
        inputs: Vec<CreateInputText>,
    ) -> CreateModal {
        CreateModal::new(
            action.encode(),
            crate::markdown::truncate(title, MAX_FORM_TITLE),
        )
        .components(inputs.into_iter().map(CreateActionRow::InputText).collect())
    }

    fn input(
        &self,
        style: InputTextStyle,
        label: &'static str,
        id: &str,
        max: usize,
    ) -> CreateInputText {
        CreateInputText::new(style, crate::markdown::truncate(&self.word(label), 45), id)
            .max_length(u16::try_from(max.min(4000)).unwrap_or(4000))
    }

    /// Name (suggested from Discord), organisation and region.
    pub fn register(&self, describes: Describes, suggested_name: &str) -> CreateModal {
        let mut name = self.input(
            InputTextStyle::Short,
            "discord-form-name",
            field::NAME,
            DisplayName::MAX_CHARS,
        );
        if let Ok(valid) = DisplayName::parse(suggested_name) {
            name = name.value(valid.into_inner());
        }
        self.form(
            &Action::Register(describes),
            "discord-form-register",
            vec![
                name,
                self.input(
                    InputTextStyle::Short,
                    "discord-form-organisation",
                    field::ORGANISATION,
                    Organisation::MAX_CHARS,
                )
                .required(false),
                self.input(
                    InputTextStyle::Short,
                    "discord-form-region",
                    field::REGION,
                    Region::MAX_CHARS,
                )
                .required(false),
            ],
        )
    }

    /// Title and description of a new idea.
    pub fn idea(&self, challenge: i64, kind: IdeaKind) -> CreateModal {
        self.idea_from(challenge, kind, "", "")
    }

    /// The idea form filled in from a message the member wrote, for them to check.
    pub fn idea_from(
        &self,
        challenge: i64,
        kind: IdeaKind,
        title: &str,
        body: &str,
    ) -> CreateModal {
        let mut title_input = self.input(
            InputTextStyle::Short,
            "discord-form-idea-title",
            field::TITLE,
            IdeaTitle::MAX_CHARS,
        );
        if !title.is_empty() {
            title_input = title_input.value(title);
        }
        let mut body_input = self
            .input(
                InputTextStyle::Paragraph,
                "discord-form-idea-body",
                field::BODY,
                IdeaBody::MAX_CHARS,
            )
            .required(false);
        if !body.is_empty() {
            body_input =
                body_input.value(body.chars().take(IdeaBody::MAX_CHARS).collect::<String>());
        }
        self.form(
            &Action::Post { challenge, kind },
            "discord-form-idea",
            vec![title_input, body_input],
        )
    }

    /// A team update: title, text and an optional link, with the Welsh title and text for
    /// Welsh readers when the moderator has them. Five boxes, Discord's most.
    pub fn update(&self, sprint: SprintId, when: UpdateWhen) -> CreateModal {
        let title = self.catalog.render(
            self.locale,
            &Msg::new("discord-form-update").arg("when", when.as_str()),
        );
        let action = Action::Update {
            sprint: sprint.get(),
            when,
        };
        let (short, long) = (InputTextStyle::Short, InputTextStyle::Paragraph);
        let inputs = vec![
            self.input(
                short,
                "discord-form-update-title",
                field::TITLE,
                Title::MAX_CHARS,
            ),
            self.input(
                long,
                "discord-form-update-body",
                field::BODY,
                UpdateBody::MAX_CHARS,
            ),
            self.input(
                short,
                "discord-form-update-link",
                field::LINK,
                UpdateLink::MAX_LEN,
            )
            .required(false),
            self.input(
                short,
                "discord-form-update-welsh-title",
                field::WELSH_TITLE,
                Title::MAX_CHARS,
            )
            .required(false),
            self.input(
                long,
                "discord-form-update-welsh-body",
                field::WELSH_BODY,
                UpdateBody::MAX_CHARS,
            )
            .required(false),
        ];
        self.form_titled(&action, &title, inputs)
    }

    /// One free-text box: a comment, a response or a reason.
    pub fn text(&self, action: &Action) -> CreateModal {
        let (title, label, max) = match action {
            Action::Hide(_) => (
                "discord-form-hide",
                "discord-form-reason",
                Reason::MAX_CHARS,
            ),
            Action::Respond(_) => (
                "discord-form-respond",
                "discord-form-text",
                CommentBody::MAX_CHARS,
            ),
            _ => (
                "discord-form-comment",
                "discord-form-text",
                CommentBody::MAX_CHARS,
            ),
        };
        self.form(
            action,
            title,
            vec![self.input(InputTextStyle::Paragraph, label, field::TEXT, max)],
        )
    }
}

/// The value typed in field `id` of a submitted form ("" when left empty).
pub fn value<'a>(data: &'a ModalInteractionData, id: &str) -> &'a str {
    data.components
        .iter()
        .flat_map(|row| row.components.iter())
        .find_map(|component| match component {
            ActionRowComponent::InputText(input) if input.custom_id == id => input.value.as_deref(),
            _ => None,
        })
        .unwrap_or_default()
        .trim()
}
