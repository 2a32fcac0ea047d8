//! The browser editor's settings (`editing:` in the programme), validated.

/// Where the browser editor reads the content and opens its pull requests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Editing {
    pub backend: Backend,
    /// `owner/name`; `None` only with git-gateway (the repository is the gateway's).
    pub repo: Option<String>,
    /// The branch pull requests target.
    pub branch: String,
    /// The OAuth server (GitHub, Bitbucket) or GitLab instance URL.
    pub base_url: Option<String>,
    pub auth_endpoint: Option<String>,
    /// GitLab's OAuth application id (PKCE login).
    pub app_id: Option<String>,
    /// The API root of a self-hosted GitHub Enterprise or GitLab.
    pub api_root: Option<String>,
    /// Editors without write access edit a fork, and the editor opens their pull request
    /// (Decap's open authoring); only where the backend can (`Backend::forks_for_editors`).
    pub open_authoring: bool,
    /// How many days a review usually takes, said to an editor after each save.
    pub review_days: Option<u32>,
}

/// A git hosting the editor can open pull requests on (Decap CMS's editorial workflow).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Github,
    Gitlab,
    Bitbucket,
    GitGateway,
}

impl Backend {
    /// Every backend, in the order the documentation lists them.
    pub const ALL: [Backend; 4] = [
        Backend::Github,
        Backend::Gitlab,
        Backend::Bitbucket,
        Backend::GitGateway,
    ];

    /// The name in `programme.yaml`, which is also Decap CMS's backend name.
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Github => "github",
            Backend::Gitlab => "gitlab",
            Backend::Bitbucket => "bitbucket",
            Backend::GitGateway => "git-gateway",
        }
    }

    /// The backend named `name`.
    pub fn parse(name: &str) -> Option<Backend> {
        Backend::ALL.into_iter().find(|b| b.as_str() == name)
    }

    /// Whether the editor can fork the repository for an editor without write access and open
    /// the pull request from the fork (Decap's open authoring): GitHub only. Git Gateway cannot,
    /// even in front of a GitHub repository.
    pub fn forks_for_editors(self) -> bool {
        self == Backend::Github
    }
}
