//! Step 1 of the source: enable connections (custom domains, network endpoints).
//!
//! The source asks two things before enrollment: the required network URLs
//! and ports are reviewed, and the custom domain name is added and verified.
//! This module checks the custom domains the user lists, and derives the
//! Windows enrollment CNAME records (one pair per UPN-suffix domain), the
//! server name users type when no CNAME exists, and the ports the platforms
//! in scope need. Every host, target, TTL and port is data in [`Rules`].

use std::collections::BTreeMap;

use serde::Serialize;

use super::checklist::ItemDef;
use super::checks;
use super::enrollment::Platforms;
use super::finding::{self, FieldPath, Finding};
use super::plan::{Ctx, Plan};
use super::steps::StepId;

/// A custom domain of the tenant.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct CustomDomain {
    /// The domain name as typed, such as `contoso.com`. ASCII only: names
    /// with accents go in their `xn--` (Punycode) form.
    pub name: String,
    /// Verified in the tenant (TXT or MX record).
    pub verified: bool,
    /// Used as the UPN suffix of users who enroll.
    pub upn_suffix: bool,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// What the user entered for this part of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct Connections {
    /// The custom domains added to the tenant (not the initial
    /// `<name>.onmicrosoft.com` domain).
    #[schemars(length(max = super::limits::MAX_DOMAINS))]
    pub domains: Vec<CustomDomain>,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// The fields of a custom domain a finding can point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DomainField {
    Name,
    Verified,
    UpnSuffix,
}

/// Where a finding of this part points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {
    /// The list of domains as a whole.
    Domains,
    /// A field of the domain at this index of [`Connections::domains`].
    Domain(usize, DomainField),
}

/// What a finding of this part says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// The domain name is empty.
    DomainEmpty,
    /// The name starts with a scheme such as `https://`; only the name is wanted.
    DomainHasScheme { scheme: String },
    /// The name has a path, query or fragment after it, such as `/login`.
    DomainHasPath { path: String },
    /// The name ends with a port, such as `:443`.
    DomainHasPort { port: String },
    /// An address (`user@contoso.com`) instead of a domain name.
    DomainIsAddress,
    /// The name has non-ASCII characters. We ask for the `xn--` (Punycode)
    /// form instead of converting: the page ships no IDNA tables to stay small.
    DomainNonAscii,
    /// The whole name is longer than allowed (without a trailing dot).
    DomainTooLong { max: usize, actual: usize },
    /// A label (the part between dots) is longer than allowed.
    DomainLabelTooLong {
        label: String,
        max: usize,
        actual: usize,
    },
    /// Two dots in a row, or a dot at the start.
    DomainEmptyLabel,
    /// Characters other than ASCII letters, digits, hyphens and dots (each listed once).
    DomainCharacters { found: String },
    /// A label starts or ends with a hyphen.
    DomainLabelHyphen { label: String },
    /// Only one label: the top-level domain (`.com`, `.nl`) is missing.
    DomainSingleLabel,
    /// The last label is all digits (an IP address is not a domain name).
    DomainNumericTld,
    /// A syntax problem none of the codes above describes (kept as a safety net).
    DomainInvalid,
    /// A `*.onmicrosoft.com` name: that is the tenant's initial domain, not a custom one.
    DomainInitial { suffix: &'static str },
    /// A suffix that is not routable on the internet (such as `.local`): it
    /// cannot be verified.
    DomainNonRoutable { tld: String },
    /// The same name (ignoring case and a trailing dot) as the entry at `first`.
    DomainDuplicate { first: usize },
    /// A valid domain, not a UPN suffix, not verified yet: how to verify it.
    DomainNotVerified { ttl_seconds: u32 },
    /// Used as a UPN suffix but not verified: users would sign in as
    /// `…@<tenant>.onmicrosoft.com` (DOMAIN §6.2 rule U-1).
    UpnSuffixNotVerified,
    /// The item "custom domain verified" is done, but `count` UPN-suffix
    /// domains (the first at index `first`) are not marked verified.
    VerifiedItemButUnverifiedDomains {
        item: &'static str,
        count: usize,
        first: usize,
    },
}

/// The two CNAME records Windows enrollment uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CnameKind {
    /// `EnterpriseEnrollment.<domain>`: enrollment auto-discovery.
    EnterpriseEnrollment,
    /// `EnterpriseRegistration.<domain>`: device registration in Azure AD.
    EnterpriseRegistration,
}

/// The rule for one CNAME record: `<host_prefix>.<domain>` points to `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CnameRule {
    pub kind: CnameKind,
    pub host_prefix: &'static str,
    pub target: &'static str,
}

/// One DNS record to create.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CnameRecord {
    /// The index of the domain in [`Connections::domains`].
    pub domain: usize,
    pub kind: CnameKind,
    /// Such as `EnterpriseEnrollment.contoso.com`.
    pub host: String,
    /// Such as `EnterpriseEnrollment-s.manage.microsoft.com`.
    pub target: &'static str,
    pub ttl_seconds: u32,
}

impl CnameRecord {
    /// The record as a line of a DNS zone file, such as
    /// `EnterpriseEnrollment.contoso.com. 3600 IN CNAME EnterpriseEnrollment-s.manage.microsoft.com.`
    pub fn zone_line(&self) -> String {
        format!(
            "{}. {} IN CNAME {}.",
            self.host, self.ttl_seconds, self.target
        )
    }
}

/// A transport protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Protocol {
    Tcp,
    Udp,
}

/// Why a port is needed (the page explains each).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PortReason {
    /// HTTP to the Intune service (all devices).
    IntuneHttp,
    /// HTTPS to the Intune service (all devices).
    IntuneHttps,
    /// Apple Push Notification service (iOS and Mac).
    ApplePush,
}

/// When a port is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortScope {
    Always,
    /// When iOS and Mac devices are in scope.
    IosMac,
}

impl PortScope {
    /// True when the port is needed for these platforms.
    pub fn applies(self, p: &Platforms) -> bool {
        match self {
            PortScope::Always => true,
            PortScope::IosMac => p.ios_mac,
        }
    }
}

/// A port rule of the ruleset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortRule {
    pub protocol: Protocol,
    pub port: u16,
    pub reason: PortReason,
    pub scope: PortScope,
}

/// A port the plan needs open outbound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortNeed {
    pub protocol: Protocol,
    pub port: u16,
    pub reason: PortReason,
}

/// What the analysis derives for this part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    /// Two records per valid UPN-suffix domain (duplicates once), in the order
    /// of the domains.
    pub cname_records: Vec<CnameRecord>,
    /// The server name users type when no CNAME exists.
    pub manual_server: &'static str,
    /// The ports the platforms in scope need, in rule order.
    pub ports: Vec<PortNeed>,
    /// Hosts the proxy must let through without authentication.
    pub unauthenticated_hosts: &'static [&'static str],
    /// The valid UPN-suffix domains, lower case, without a trailing dot.
    pub upn_suffixes: Vec<String>,
}

/// The rules of this part in one ruleset.
#[derive(Debug)]
pub struct Rules {
    /// The checklist items of this part.
    pub items: &'static [ItemDef],
    /// Longest domain name, without a trailing dot.
    pub max_name_len: usize,
    /// Longest label.
    pub max_label_len: usize,
    /// The initial domain's suffix, refused as a custom domain.
    pub initial_domain_suffix: &'static str,
    /// Top-level names that are not routable on the internet.
    pub non_routable_tlds: &'static [&'static str],
    /// The time to live of the TXT or MX record that verifies a domain, in seconds.
    pub verification_ttl_seconds: u32,
    /// The enrollment CNAME records made for each UPN-suffix domain.
    pub cnames: &'static [CnameRule],
    /// Their time to live, in seconds.
    pub cname_ttl_seconds: u32,
    /// The server name users type when no CNAME exists (the one place of
    /// this fact; step 6 reads it here).
    pub manual_server: &'static str,
    /// DNS changes (the CNAME records) can take this many hours to
    /// propagate; test auto-detection after that.
    pub cname_propagation_hours: u32,
    /// The ports, and when they apply.
    pub ports: &'static [PortRule],
    /// Hosts the proxy must let through without authentication.
    pub unauthenticated_hosts: &'static [&'static str],
    /// The item that says the custom domain is verified; when it is done,
    /// every UPN-suffix domain should be marked verified.
    pub verified_item: &'static str,
}

/// The CNAME items apply: Windows devices find the enrollment server through
/// them and an enrollment CNAME can exist ([`cname_possible`]), under this
/// ruleset's rules.
fn cname_items(plan: &Plan) -> bool {
    cnames_apply(plan, &CLASSIC_2017, &super::enrollment::CLASSIC_2017)
}

/// True when the enrollment CNAME records are part of the plan: Windows
/// devices find the enrollment server through them (Windows phones, or
/// Windows PCs enrolled as mobile devices without Azure AD Premium automatic
/// enrollment: [`super::enrollment::Rules::windows_discovery`]) and
/// [`cname_possible`].
pub fn cnames_apply(plan: &Plan, rules: &Rules, enrollment: &super::enrollment::Rules) -> bool {
    enrollment.windows_discovery(plan) && cname_possible(plan, rules)
}

/// The CNAME items of [`INTUNE_2026`]: the same predicate as
/// [`cname_items`], under today's rules (the records are optional when
/// Windows automatic enrollment is used: its item is then done).
fn cname_items_2026(plan: &Plan) -> bool {
    cnames_apply(plan, &INTUNE_2026, &super::enrollment::INTUNE_2026)
}

/// The source document's rules (ruleset `intune-classic-2017`).
pub const CLASSIC_2017: Rules = Rules {
    items: &[
        // Network URLs and ports reviewed (source step 1, first bullet).
        ItemDef::new("S1-01", StepId::Connections),
        // The proxy lets manage.microsoft.com through without authentication.
        ItemDef::new("S1-02", StepId::Connections),
        // Custom domain added (source step 1, second bullet).
        ItemDef::new("S1-03", StepId::Connections),
        // Custom domain verified (TXT or MX record).
        ItemDef::new("S1-04", StepId::Connections),
        // Windows enrollment CNAMEs created for each UPN-suffix domain (only
        // when Windows devices enroll as mobile devices).
        ItemDef::new("S1-05", StepId::Connections).when(cname_items),
        // CNAME validated after DNS propagation (up to 72 hours):
        // Admin > Mobile Device Management > Windows > Test Auto-Detection.
        ItemDef::new("S1-06", StepId::Connections).when(cname_items),
    ],
    max_name_len: 253,
    max_label_len: 63,
    initial_domain_suffix: "onmicrosoft.com",
    // DOMAIN §6.2 U-2 (.local, .lan, .internal, .corp), the names RFC 2606 and
    // RFC 6761 reserve, and names ICANN will not delegate (.home, .mail).
    non_routable_tlds: &[
        "local",
        "lan",
        "internal",
        "corp",
        "localdomain",
        "home",
        "mail",
        "intranet",
        "private",
        "localhost",
        "test",
        "example",
        "invalid",
    ],
    // "TTL = 3600 s (60 min)" for the TXT or MX record.
    verification_ttl_seconds: 3600,
    cnames: &[
        CnameRule {
            kind: CnameKind::EnterpriseEnrollment,
            host_prefix: "EnterpriseEnrollment",
            target: "EnterpriseEnrollment-s.manage.microsoft.com",
        },
        CnameRule {
            kind: CnameKind::EnterpriseRegistration,
            host_prefix: "EnterpriseRegistration",
            target: "EnterpriseRegistration.windows.net",
        },
    ],
    // "1 uur" in the classic Windows setup page.
    cname_ttl_seconds: 3600,
    manual_server: "enrollment.manage.microsoft.com",
    // "DNS changes can take up to 72 hours to propagate" (classic Windows page).
    cname_propagation_hours: 72,
    ports: &[
        PortRule {
            protocol: Protocol::Tcp,
            port: 80,
            reason: PortReason::IntuneHttp,
            scope: PortScope::Always,
        },
        PortRule {
            protocol: Protocol::Tcp,
            port: 443,
            reason: PortReason::IntuneHttps,
            scope: PortScope::Always,
        },
        PortRule {
            protocol: Protocol::Tcp,
            port: 5223,
            reason: PortReason::ApplePush,
            scope: PortScope::IosMac,
        },
    ],
    unauthenticated_hosts: &["manage.microsoft.com"],
    verified_item: "S1-04",
};

/// Today's rules (ruleset `intune-2026`, DOMAIN-2026.md §1): "Network
/// endpoints for Microsoft Intune" (ms.date 2026-03-24), "Enable
/// auto-discovery of Intune enrollment server" (ms.date 2025-11-21).
pub const INTUNE_2026: Rules = Rules {
    items: &[
        // N2, N5, N6: the consolidated endpoint list reviewed (not the Office
        // 365 endpoint service), TCP 80 and 443 open for All Users.
        ItemDef::new("T1-01", StepId::Connections),
        // N3: unauthenticated proxy access to the three hosts.
        ItemDef::new("T1-02", StepId::Connections),
        // N4: no TLS inspection of *.manage.microsoft.com, *.dm.microsoft.com
        // (TOOL: TLS inspection there is a blocker).
        ItemDef::new("T1-03", StepId::Connections),
        // §1.2: custom domain added (Domain Name Administrator).
        ItemDef::new("T1-04", StepId::Connections),
        // §1.2: custom domain verified (TXT or MX record).
        ItemDef::new("T1-05", StepId::Connections),
        // §1.3: the CNAMEs per UPN suffix, optional with Windows automatic
        // enrollment (its item T6-WIN-01 done).
        ItemDef::new("T1-06", StepId::Connections).when(cname_items_2026),
        // §1.3: CNAME Validation > Test, after up to 72 hours.
        ItemDef::new("T1-07", StepId::Connections).when(cname_items_2026),
    ],
    // Host-name syntax and non-routable suffixes are DNS facts, not Intune's:
    // the same as in 2017.
    max_name_len: CLASSIC_2017.max_name_len,
    max_label_len: CLASSIC_2017.max_label_len,
    initial_domain_suffix: "onmicrosoft.com",
    non_routable_tlds: CLASSIC_2017.non_routable_tlds,
    // §1.2: "TTL 3600" (delegated to Entra's "Add your custom domain name").
    verification_ttl_seconds: 3600,
    // §1.3 table.
    cnames: &[
        CnameRule {
            kind: CnameKind::EnterpriseEnrollment,
            host_prefix: "EnterpriseEnrollment",
            target: "EnterpriseEnrollment-s.manage.microsoft.com",
        },
        CnameRule {
            kind: CnameKind::EnterpriseRegistration,
            host_prefix: "EnterpriseRegistration",
            target: "EnterpriseRegistration.windows.net",
        },
    ],
    // §1.3: "One hour".
    cname_ttl_seconds: 3600,
    // §1.3: "No CNAME → user types server enrollment.manage.microsoft.com".
    manual_server: "enrollment.manage.microsoft.com",
    // §1.3: "DNS propagation up to 72 hours".
    cname_propagation_hours: 72,
    // N2 and the TOOL rule "ports = {TCP 80, TCP 443} always". UDP 123 (with
    // Autopilot) is not a port rule: the plan records no Autopilot use, so
    // it is named in Autopilot's item (T6-WIN-02). APNs TCP 5223 is not
    // re-verified (§10 item 9): not encoded.
    ports: &[
        PortRule {
            protocol: Protocol::Tcp,
            port: 80,
            reason: PortReason::IntuneHttp,
            scope: PortScope::Always,
        },
        PortRule {
            protocol: Protocol::Tcp,
            port: 443,
            reason: PortReason::IntuneHttps,
            scope: PortScope::Always,
        },
    ],
    // N3.
    unauthenticated_hosts: &["manage.microsoft.com", "*.azureedge.net", "graph.microsoft.com"],
    verified_item: "T1-05",
};

/// How a domain name was judged.
enum NameVerdict {
    /// Empty, or a syntax problem: no further checks.
    Invalid,
    /// A syntactically valid host name, lower case, without trailing dot.
    Valid(String),
}

/// Checks the syntax of one name, pushing its findings. Returns the
/// normalized name when the syntax is valid.
fn check_name(name: &str, rules: &Rules, path: FieldPath, out: &mut Vec<Finding>) -> NameVerdict {
    let blocker = |code| Finding::blocker(path, finding::Code::Connections(code));
    let mut rest = name.trim();
    if rest.is_empty() {
        out.push(blocker(Code::DomainEmpty));
        return NameVerdict::Invalid;
    }
    let mut bad = false;
    if let Some((scheme, after)) = rest.split_once("://") {
        out.push(blocker(Code::DomainHasScheme {
            scheme: format!("{scheme}://"),
        }));
        rest = after;
        bad = true;
    }
    if let Some((host, path)) = rest
        .find(['/', '?', '#'])
        .and_then(|at| rest.split_at_checked(at))
    {
        out.push(blocker(Code::DomainHasPath {
            path: path.to_owned(),
        }));
        rest = host;
        bad = true;
    }
    if let Some((host, port)) = rest.rsplit_once(':') {
        if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) {
            out.push(blocker(Code::DomainHasPort {
                port: format!(":{port}"),
            }));
            rest = host;
            bad = true;
        }
    }
    if rest.contains('@') {
        out.push(blocker(Code::DomainIsAddress));
        return NameVerdict::Invalid;
    }
    if !rest.is_ascii() {
        out.push(blocker(Code::DomainNonAscii));
        return NameVerdict::Invalid;
    }
    let host = rest.strip_suffix('.').unwrap_or(rest);
    if host.is_empty() && bad {
        return NameVerdict::Invalid;
    }
    // Every precise reason, with the limits of the ruleset.
    let before = out.len();
    if host.len() > rules.max_name_len {
        out.push(blocker(Code::DomainTooLong {
            max: rules.max_name_len,
            actual: host.len(),
        }));
    }
    let found = super::checks::CharList::collect(host.chars(), |c| {
        !(c.is_ascii_alphanumeric() || c == '-' || c == '.')
    })
    .shown_string();
    if !found.is_empty() {
        out.push(blocker(Code::DomainCharacters { found }));
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.iter().any(|l| l.is_empty()) {
        out.push(blocker(Code::DomainEmptyLabel));
    }
    if let Some(l) = labels.iter().find(|l| l.len() > rules.max_label_len) {
        out.push(blocker(Code::DomainLabelTooLong {
            label: (*l).to_owned(),
            max: rules.max_label_len,
            actual: l.len(),
        }));
    }
    if let Some(l) = labels
        .iter()
        .find(|l| l.starts_with('-') || l.ends_with('-'))
    {
        out.push(blocker(Code::DomainLabelHyphen {
            label: (*l).to_owned(),
        }));
    }
    if labels.len() < 2 && !host.is_empty() {
        out.push(blocker(Code::DomainSingleLabel));
    } else if labels
        .last()
        .is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
    {
        out.push(blocker(Code::DomainNumericTld));
    }
    if out.len() > before || bad {
        return NameVerdict::Invalid;
    }
    // The shared host-name check is the safety net: whatever it refuses and
    // the precise checks above missed still gets a finding.
    if !checks::is_host_name(host) {
        out.push(blocker(Code::DomainInvalid));
        return NameVerdict::Invalid;
    }
    NameVerdict::Valid(host.to_ascii_lowercase())
}

/// Judges one name as a custom domain, pushing its findings: syntax, then the
/// initial domain, then non-routable suffixes. Returns the name lower case
/// without a trailing dot when it is a valid custom domain.
fn judge(name: &str, rules: &Rules, path: FieldPath, out: &mut Vec<Finding>) -> Option<String> {
    let NameVerdict::Valid(host) = check_name(name, rules, path, out) else {
        return None;
    };
    let code = finding::Code::Connections;
    let initial = rules.initial_domain_suffix;
    let is_initial =
        host == initial || host.strip_suffix(initial).is_some_and(|h| h.ends_with('.'));
    if is_initial {
        out.push(Finding::blocker(
            path,
            code(Code::DomainInitial { suffix: initial }),
        ));
        return None;
    }
    let tld = host.rsplit('.').next().unwrap_or_default();
    if rules.non_routable_tlds.contains(&tld) {
        out.push(Finding::blocker(
            path,
            code(Code::DomainNonRoutable {
                tld: format!(".{tld}"),
            }),
        ));
        return None;
    }
    Some(host)
}

/// The name lower case, without a trailing dot, when it is a valid custom
/// domain under these rules (no findings; for other steps and the page).
pub fn custom_domain(name: &str, rules: &Rules) -> Option<String> {
    let mut scratch = Vec::new();
    let path = FieldPath::Connections(Path::Domains);
    judge(name, rules, path, &mut scratch)
}

/// The one predicate that decides whether enrollment CNAME records can
/// exist: some domain is a valid custom domain used as a UPN suffix (the
/// domains for which [`analyze`] derives the records). Steps 1 and 6 both use it.
pub fn cname_possible(plan: &Plan, rules: &Rules) -> bool {
    has_valid_upn_suffix(plan, rules)
}

/// True when some domain is a valid custom domain used as a UPN suffix (the
/// domains for which enrollment CNAME records are derived).
pub fn has_valid_upn_suffix(plan: &Plan, rules: &Rules) -> bool {
    plan.connections
        .domains
        .iter()
        .any(|d| d.upn_suffix && custom_domain(&d.name, rules).is_some())
}

/// Analyses this part. Never fails. Linear in the number of domains.
pub fn analyze(plan: &Plan, ctx: &Ctx, findings: &mut Vec<Finding>) -> Derived {
    let rules = ctx.ruleset.connections;
    let domains = &plan.connections.domains;
    let mut derived = Derived {
        manual_server: rules.manual_server,
        unauthenticated_hosts: rules.unauthenticated_hosts,
        ports: rules
            .ports
            .iter()
            .filter(|r| r.scope.applies(&plan.enrollment.platforms))
            .map(|r| PortNeed {
                protocol: r.protocol,
                port: r.port,
                reason: r.reason,
            })
            .collect(),
        ..Derived::default()
    };
    // A B-tree, not a hash map: n log n, no hashing code in the page.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, d) in domains.iter().enumerate() {
        let at = |field| FieldPath::Connections(Path::Domain(i, field));
        let code = finding::Code::Connections;
        // Duplicates first: they are judged on any non-empty name.
        let trimmed = d.name.trim();
        let key = trimmed.strip_suffix('.').unwrap_or(trimmed);
        let mut duplicate = false;
        if !key.is_empty() {
            // Host names are ASCII (others are refused below): a non-ASCII
            // name is folded without Unicode's tables (`checks::fold_case`).
            let key = checks::fold_case(key);
            match seen.get(&key) {
                Some(&first) => {
                    duplicate = true;
                    findings.push(Finding::blocker(
                        at(DomainField::Name),
                        code(Code::DomainDuplicate { first }),
                    ));
                }
                None => {
                    seen.insert(key, i);
                }
            }
        }
        let Some(host) = judge(&d.name, rules, at(DomainField::Name), findings) else {
            continue;
        };
        if !d.upn_suffix {
            if !d.verified && !duplicate {
                findings.push(Finding::info(
                    at(DomainField::Verified),
                    code(Code::DomainNotVerified {
                        ttl_seconds: rules.verification_ttl_seconds,
                    }),
                ));
            }
            continue;
        }
        if duplicate {
            continue;
        }
        if !d.verified {
            findings.push(Finding::warning(
                at(DomainField::Verified),
                code(Code::UpnSuffixNotVerified),
            ));
        }
        for c in rules.cnames {
            derived.cname_records.push(CnameRecord {
                domain: i,
                kind: c.kind,
                host: format!("{}.{host}", c.host_prefix),
                target: c.target,
                ttl_seconds: rules.cname_ttl_seconds,
            });
        }
        derived.upn_suffixes.push(host);
    }
    let verified_done = plan
        .checklist
        .get(rules.verified_item)
        .is_some_and(|s| s.status == super::ItemStatus::Done);
    if verified_done {
        let mut unverified = domains
            .iter()
            .enumerate()
            .filter(|(_, d)| d.upn_suffix && !d.verified && !d.name.trim().is_empty())
            .map(|(i, _)| i);
        if let Some(first) = unverified.next() {
            findings.push(Finding::warning(
                FieldPath::Connections(Path::Domains),
                finding::Code::Connections(Code::VerifiedItemButUnverifiedDomains {
                    item: rules.verified_item,
                    count: unverified.count().saturating_add(1),
                    first,
                }),
            ));
        }
    }
    // Without a UPN-suffix domain, Windows users type the server name: step
    // 6 says so once (`enrollment::Code::ManualServerName`).
    derived
}
