//! Fixed texts, English and Dutch side by side.

use super::Locale;

/// Declares a catalogue: an enum of fixed texts, each with an English and a
/// Dutch version (a row without both does not compile).
macro_rules! catalogue {
    ($(#[$doc:meta])* $name:ident { $($key:ident => $en:literal, $nl:literal;)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            /// Every text, for completeness tests.
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            pub fn get(self, locale: Locale) -> &'static str {
                match self {
                    $($name::$key => match locale { Locale::En => $en, Locale::Nl => $nl },)*
                }
            }
        }
    };
}
pub(crate) use catalogue;

catalogue! {
/// A fixed text of the page. Each has an English and a Dutch version.
Text {
    AppName => "Enrollready", "Enrollready";
    AppTagline => "Intune mobile-device enrollment readiness plan",
        "Voorbereidingsplan voor de inschrijving van mobiele apparaten in Intune";
    Language => "Language", "Taal";
    PrivacyNote => "Everything you enter stays in this browser. Nothing is sent anywhere.",
        "Alles wat u invoert, blijft in deze browser. Er wordt niets verzonden.";

    StepPortalTitle => "Step 4: Configure the Company Portal", "Stap 4: De bedrijfsportal configureren";
    StepPortalIntro => "The Company Portal is where users enroll devices, install apps and find your IT department's support information. These settings apply to both the Company Portal website and the Company Portal apps.",
        "De bedrijfsportal is de plaats waar gebruikers apparaten inschrijven, apps installeren en ondersteuningsinformatie van uw IT-afdeling vinden. Deze instellingen zijn van toepassing op zowel de bedrijfsportalwebsite als de bedrijfsportal-apps.";
    SectionContact => "Company contact information and privacy statement", "Contactgegevens en privacyverklaring van bedrijf";
    SectionSupport => "Support contacts", "Contactpersonen voor ondersteuning";
    SectionBranding => "Company branding customization", "Aanpassing bedrijfshuisstijl";

    // The builder (issue 6): steps, navigation, meter, item controls, every
    // step's form labels (the form tables in `domain::form` point here).
    StepConnectionsTitle => "Step 1: Enable connections", "Stap 1: Verbindingen inschakelen";
    StepAuthorityTitle => "Step 2: Set MDM authority", "Stap 2: MDM-instantie instellen";
    StepGroupsTitle => "Step 3: Create groups", "Stap 3: Groepen maken";
    StepLicensesTitle => "Step 5: Assign user licenses", "Stap 5: Gebruikerslicenties toewijzen";
    StepEnrollmentTitle => "Step 6: Enable enrollment", "Stap 6: Inschrijving inschakelen";
    StepNextStepsTitle => "Step 7: Next steps", "Stap 7: Volgende stappen";
    StepRecoveryTitle => "Wrong MDM authority?", "Verkeerde MDM-instantie?";
    NavSteps => "Steps", "Stappen";
    // A part of the page fetched on first use (ui::split).
    Loading => "Loading…", "Bezig met laden…";
    PartUnloaded => "This part of the page could not be loaded. Check the connection and reload the page: your plan stays in this browser.",
        "Dit deel van de pagina kon niet worden geladen. Controleer de verbinding en laad de pagina opnieuw: uw plan blijft in deze browser bewaard.";
    Overview => "Overview", "Overzicht";
    OverallReadiness => "Overall readiness", "Algehele gereedheid";
    Undo => "Undo", "Ongedaan maken";
    Redo => "Redo", "Opnieuw uitvoeren";
    Theme => "Theme", "Thema";
    ThemeSystem => "System", "Systeem";
    ThemeLight => "Light", "Licht";
    ThemeDark => "Dark", "Donker";
    StateNotStarted => "not started", "niet begonnen";
    StateBlocked => "blocked", "geblokkeerd";
    StateInProgress => "in progress", "bezig";
    StateReadyWithWarnings => "ready with warnings", "gereed met waarschuwingen";
    StateReady => "ready", "gereed";
    ItemStatus => "Status", "Status";
    StatusNotStarted => "Not started", "Niet begonnen";
    StatusInProgress => "In progress", "Bezig";
    StatusDone => "Done", "Voltooid";
    StatusNotApplicable => "Not applicable", "Niet van toepassing";
    ItemOwner => "Owner", "Eigenaar";
    ItemDueDate => "Due date", "Streefdatum";
    ItemNote => "Note", "Notitie";
    ItemReason => "Reason", "Reden";
    NotChosen => "Not chosen", "Niet gekozen";
    MoveUp => "Move up", "Omhoog verplaatsen";
    MoveDown => "Move down", "Omlaag verplaatsen";
    Copy => "Copy", "Kopiëren";
    AddDomain => "Add domain", "Domein toevoegen";
    RemoveDomain => "Remove domain", "Domein verwijderen";
    DomainName => "Domain name", "Domeinnaam";
    DomainUpnSuffix => "Used as UPN suffix", "Gebruikt als UPN-achtervoegsel";
    DomainVerified => "Verified in the tenant", "Gecontroleerd in de tenant";
    DnsRecords => "DNS records", "DNS-records";
    DnsName => "Name", "Hostnaam";
    DnsType => "Type", "Type";
    DnsTarget => "Target", "Verwijst naar";
    DnsTtl => "TTL", "TTL";
    CopyAllRecords => "Copy all records", "Alle records kopiëren";
    ManualServerName => "Server name for manual enrollment", "Servernaam voor handmatige inschrijving";
    NetworkPorts => "Network URLs and ports", "Netwerk-URL's en -poorten";
    MdmAuthority => "MDM authority", "MDM-instantie";
    AuthorityIntune => "Intune", "Intune";
    AuthorityHybrid => "Configuration Manager (hybrid)", "Configuration Manager (hybride)";
    AuthorityConfigMgr => "Configuration Manager", "Configuration Manager";
    AuthorityOffice365 => "Office 365", "Office 365";
    AddGroup => "Add group", "Groep toevoegen";
    RemoveGroup => "Remove group", "Groep verwijderen";
    GroupName => "Group name", "Groepsnaam";
    GroupType => "Group type", "Groepstype";
    GroupTypeUser => "User", "Gebruiker";
    GroupTypeDevice => "Device", "Apparaat";
    GroupPurpose => "Purpose", "Doel";
    GroupMembership => "Membership type", "Lidmaatschapstype";
    MembershipAssigned => "Assigned", "Toegewezen";
    MembershipDynamic => "Dynamic", "Dynamisch";
    LicenseWho => "Who gets a license", "Wie krijgt een licentie";
    LicenseMethod => "How licenses are assigned", "Hoe licenties worden toegewezen";
    MethodPerUser => "Per user, in the Office 365 admin portal", "Per gebruiker, in de Office 365-beheerportal";
    MethodGroup => "Through a group (group-based licensing in Azure AD)", "Via een groep (groepsgebaseerde licenties in Azure AD)";
    DevicesPerUser => "Devices per user", "Apparaten per gebruiker";
    UsersFromOnPremisesAd => "Users come from an on-premises Active Directory", "Gebruikers komen uit een on-premises Active Directory";
    PlatformIosMac => "iOS and Mac", "iOS en Mac";
    PlatformAndroid => "Android", "Android";
    PlatformAndroidForWork => "Android for Work", "Android for Work";
    PlatformWindowsPhone => "Windows 10 Mobile and Windows Phone", "Windows 10 Mobile en Windows Phone";
    PlatformWindowsPc => "Windows PCs with the Intune client software", "Windows-pc's met de Intune-clientsoftware";
    PlatformWindowsMdm => "Windows 10 and Windows 8.1 PCs enrolled as mobile devices (MDM)", "Windows 10- en Windows 8.1-pc's ingeschreven als mobiel apparaat (MDM)";
    PlatformCorporateOwned => "Corporate-owned devices", "Bedrijfsapparaten";
    DeviceLimit => "Device limit", "Apparaatlimiet";
    ApnsExpiry => "APNs certificate expiry date", "Vervaldatum van het APNs-certificaat";
    AppleId => "Apple ID", "Apple ID";
    DepToken => "DEP token", "DEP-token";
    DepTokenExpiry => "DEP token expiry date", "Vervaldatum van het DEP-token";
    VppTokenExpiry => "Apps and Books (VPP) token expiry date", "Vervaldatum van het Apps and Books-token (VPP)";
    PlatformIosMac2026 => "iOS/iPadOS and macOS", "iOS/iPadOS en macOS";
    PlatformAndroid2026 => "Android device administrator", "Android-apparaatbeheerder";
    PlatformAndroidEnterprise => "Android Enterprise", "Android Enterprise";
    PlatformWindows2026 => "Windows (automatic enrollment, Autopilot)", "Windows (automatische inschrijving, Autopilot)";
    DepToken2026 => "Automated device enrollment (ADE) token", "Token voor geautomatiseerde apparaatinschrijving (ADE)";
    DepTokenExpiry2026 => "ADE token expiry date", "Vervaldatum van het ADE-token";
    GoogleAccount2026 => "Managed Google Play account", "Beheerd Google Play-account";
    MethodPerUser2026 => "Per user, in the Microsoft 365 admin center", "Per gebruiker, in het Microsoft 365-beheercentrum";
    MethodGroup2026 => "Through a group (group-based licensing in Microsoft Entra ID)", "Via een groep (groepsgebaseerde licenties in Microsoft Entra ID)";
    GoogleAccount => "Google account", "Google-account";
    PcCount => "Number of PCs", "Aantal pc's";
    DemAccount => "Device enrollment manager account", "Account van de apparaatinschrijvingsmanager";
    DemDevices => "Devices per device enrollment manager", "Apparaten per apparaatinschrijvingsmanager";
    DemIsIntuneAdmin => "Device enrollment manager is an Intune admin", "Apparaatinschrijvingsmanager is een Intune-beheerder";
    ImeiFile => "IMEI file", "IMEI-bestand";
    CurrentAuthority => "Current MDM authority", "Huidige MDM-instantie";
    IntendedAuthority => "Desired MDM authority", "Gewenste MDM-instantie";
    ConfigMgrVersion => "Configuration Manager version", "Versie van Configuration Manager";
    IntuneRelease => "Microsoft Intune version", "Versie van Microsoft Intune";
    CoExistence => "Co-existence: the console shows \"Managed by Intune and Office 365\"", "Co-existentie: de console toont \"Managed by Intune and Office 365\"";
    TenantId => "Tenant ID", "Tenant-ID";
    ResetChecklistsDone => "Every item of the reset checklists is done", "Alle items van de controlelijsten voor het opnieuw instellen zijn voltooid";
    SupportRequest => "Support request", "Ondersteuningsaanvraag";
    CopySupportRequest => "Copy support request", "Ondersteuningsaanvraag kopiëren";

    // The report (issue 7): the cover fields, edited on the Overview.
    PreparedBy => "Prepared by", "Opgesteld door";
    PreparedFor => "Prepared for", "Opgesteld voor";

    FieldCompanyName => "Company name", "Bedrijfsnaam";
    FieldItContactName => "IT department contact name", "Naam van contactpersoon IT-afdeling";
    FieldItPhone => "IT department phone number", "Telefoonnummer IT-afdeling";
    FieldItEmail => "IT department email address", "E-mailadres IT-afdeling";
    FieldAdditionalInfo => "Additional information", "Aanvullende informatie";
    FieldPrivacyStatementUrl => "Company privacy statement URL", "URL van privacyverklaring van bedrijf";
    FieldSupportWebsiteUrl => "Support website URL", "URL van ondersteuningswebsite";
    FieldWebsiteName => "Website name", "Naam website";
    FieldThemeColor => "Theme color", "Themakleur";
    FieldIncludeLogo => "Include company logo", "Bedrijfslogo opnemen";
    FieldLogoWhiteBackground => "Logo for white background", "Logo voor witte achtergrond";
    FieldLogoThemeBackground => "Logo for theme color background", "Logo voor achtergrond in themakleur";
    FieldAppBackground => "Company Portal app background", "Achtergrond van de bedrijfsportal-app";

    HintCompanyName => "Shown as the title of the Company Portal. Letters, digits and spaces only.",
        "Wordt weergegeven als de titel van de bedrijfsportal. Uitsluitend letters, cijfers en spaties.";
    HintContactPage => "Shown on the Contact IT page.", "Wordt weergegeven op de pagina Contact opnemen met IT.";
    HintPhone => "Shown on the Contact IT page. Microsoft documents no format for it; this tool warns about characters other than digits, spaces and + - ( ) . /",
        "Wordt weergegeven op de pagina Contact opnemen met IT. Microsoft schrijft er geen notatie voor; dit hulpmiddel waarschuwt bij andere tekens dan cijfers, spaties en + - ( ) . /";
    HintEmail => "A valid address of the form alias@domainname.com. Shown on the Contact IT page.",
        "Een geldig e-mailadres in de notatie alias@domainname.com. Wordt weergegeven op de pagina Contact opnemen met IT.";
    HintUrl => "A full address of the form https://www.contoso.com. Opened when users select the privacy links.",
        "Een volledige URL in de notatie https://www.contoso.com. Wordt geopend wanneer gebruikers op de privacykoppelingen klikken.";
    HintSupportUrl => "Of the form https://www.contoso.com. When empty, the Contact IT page shows no support website.",
        "In de notatie https://www.contoso.com. Als u geen URL opgeeft, wordt op de pagina Contact opnemen met IT niets weergegeven voor de ondersteuningswebsite.";
    HintWebsiteName => "The friendly name shown for the support website URL.",
        "De beschrijvende naam die wordt weergegeven voor de URL van de ondersteuningswebsite.";
    HintThemeColor => "The 2017 console offers a palette: enter the hex value of the color you pick there (for the preview), such as #0078D4.",
        "De beheerconsole uit 2017 biedt een kleurenpalet: voer de hexadecimale waarde in van de kleur die u daar kiest (voor het voorbeeld), zoals #0078D4.";
    HintLogo => "A PNG or JPEG file; the type is recognized by its content, not by the file name.",
        "Een png- of jpg-bestand; het type wordt herkend aan de inhoud, niet aan de bestandsnaam.";
    HintAppBackground => "This setting affects only the background of the Company Portal app, not the website. The two choices here are an assumption: the 2017 documents do not list them.",
        "Deze instelling beïnvloedt alleen de achtergrond van de bedrijfsportal-app, niet de website. De twee keuzes hier zijn een aanname: de documentatie uit 2017 noemt ze niet.";

    // Step 4 under intune-2026 (DOMAIN-2026.md §4.2–4.4: Tenant
    // administration > Customization), with the admin center's terms.
    SectionBranding2026 => "Branding", "Huisstijl";
    SectionSupport2026 => "Support information", "Ondersteuningsinformatie";
    SectionConfiguration => "Configuration", "Configuratie";
    FieldOrganizationName => "Organization name", "Organisatienaam";
    FieldShowInHeader => "Show in header", "Weergeven in koptekst";
    FieldLogoThemeBackground2026 => "Logo for theme color background", "Logo voor achtergrond met themakleur";
    FieldLogoLightBackground => "Logo for white or light background", "Logo voor witte of lichte achtergrond";
    FieldBrandImage => "Brand image", "Merkafbeelding";
    FieldContactName => "Contact name", "Naam contactpersoon";
    FieldPhoneNumber => "Phone number", "Telefoonnummer";
    FieldEmailAddress => "Email address", "E-mailadres";
    FieldWebsiteUrl => "Website URL", "Website-URL";
    FieldDeviceEnrollment => "Device enrollment", "Apparaatinschrijving";
    FieldPrivacyStatementUrl2026 => "Privacy statement URL", "URL van privacyverklaring";
    FieldPrivacyMessageCantSee => "Privacy message about what support can't see or do (iOS/iPadOS)",
        "Privacybericht over wat de ondersteuning niet kan zien of doen (iOS/iPadOS)";
    FieldPrivacyMessageCanSee => "Privacy message about what support can see or do (iOS/iPadOS)",
        "Privacybericht over wat de ondersteuning wel kan zien of doen (iOS/iPadOS)";
    HintOrganizationName => "Shown throughout the Company Portal's messages, and in the header when Show in header includes the name.",
        "Wordt in de berichten van de bedrijfsportal weergegeven, en in de koptekst als Weergeven in koptekst de naam bevat.";
    HintThemeColor2026 => "Intune offers five standard colors or a custom hex code. The standard colors' values are not documented by Microsoft: enter the hex value, such as #0078D4. The text color is set to black or white for contrast.",
        "Intune biedt vijf standaardkleuren of een eigen hexadecimale code. De waarden van de standaardkleuren zijn niet door Microsoft gedocumenteerd: voer de hexadecimale waarde in, zoals #0078D4. De tekstkleur wordt voor het contrast zwart of wit.";
    HintShowInHeader => "What the header of the Company Portal shows. Intune's own preview boxes show only the logos.",
        "Wat de koptekst van de bedrijfsportal weergeeft. De voorbeeldvakken van Intune zelf tonen alleen de logo's.";
    HintBrandImage => "Shown as the background of the profile page in the Company Portal for iOS/iPadOS and Windows, on the Company Portal website, and in the Android Intune app.",
        "Wordt weergegeven als achtergrond van de profielpagina in de bedrijfsportal voor iOS/iPadOS en Windows, op de bedrijfsportalwebsite en in de Intune-app voor Android.";
    HintSupportPage => "Shown on the Support pages of the Company Portal.",
        "Wordt weergegeven op de ondersteuningspagina's van de bedrijfsportal.";
    HintWebsiteName2026 => "Shown for the website URL; when empty, the URL itself is shown. Not used by the Intune app for Android.",
        "Wordt weergegeven voor de website-URL; zonder naam wordt de URL zelf weergegeven. Niet gebruikt door de Intune-app voor Android.";
    HintDeviceEnrollment => "Unavailable hides every way to enroll and the apps that need enrollment. Not applied to Apple Automated Device Enrollment (ADE); applied to Samsung Knox Mobile Enrollment. Needs Company Portal 4.4 or later on iOS/iPadOS.",
        "Niet beschikbaar verbergt elke manier van inschrijven en de apps die inschrijving nodig hebben. Niet toegepast op Apple Automated Device Enrollment (ADE); wel op Samsung Knox Mobile Enrollment. Vereist Bedrijfsportal 4.4 of later op iOS/iPadOS.";
    HintPrivacyMessage => "Markdown is allowed (bullets, bold, italics, links). When empty, Microsoft's default message is shown.",
        "Markdown is toegestaan (opsommingstekens, vet, cursief, koppelingen). Zonder tekst wordt het standaardbericht van Microsoft weergegeven.";
    NotChosenEnrollmentDefault => "Not chosen (Intune's default: Available, with prompts)",
        "Niet gekozen (standaard in Intune: Beschikbaar, met prompts)";
    ShowLogoAndName => "Organization logo and name", "Organisatielogo en -naam";
    ShowLogoOnly => "Organization logo only", "Alleen organisatielogo";
    ShowNameOnly => "Organization name only", "Alleen organisatienaam";
    EnrollAvailableWithPrompts => "Available, with prompts", "Beschikbaar, met prompts";
    EnrollAvailableNoPrompts => "Available, no prompts", "Beschikbaar, zonder prompts";
    EnrollUnavailable => "Unavailable", "Niet beschikbaar";
    GraphTitle => "Microsoft Graph request", "Microsoft Graph-aanvraag";
    GraphRequestKind => "Request", "Aanvraag";
    GraphCreate => "POST: create a new branding profile", "POST: een nieuw brandingprofiel maken";
    GraphPatchDefault => "PATCH: update the default profile", "PATCH: het standaardprofiel bijwerken";
    CopyGraphRequest => "Copy Graph request", "Graph-aanvraag kopiëren";
    DownloadGraphRequest => "Download Graph request", "Graph-aanvraag downloaden";
    GraphBlocked => "This step has problems to fix: fix them before you copy or download the Graph request.",
        "Deze stap bevat problemen: los ze op voordat u de Graph-aanvraag kopieert of downloadt.";
    GraphBody => "Request body", "Body van de aanvraag";
    GraphPowerShell => "PowerShell example", "PowerShell-voorbeeld";
    GraphCopied => "Graph request copied.", "Graph-aanvraag gekopieerd.";

    BackgroundThemeColor => "Theme color", "Themakleur";
    BackgroundWhite => "White", "Wit";

    LogoRemove => "Remove", "Verwijderen";
    LogoNoFile => "No file chosen.", "Geen bestand gekozen.";
    LogoReadFailed => "The file could not be read. Choose it again.", "Het bestand kan niet worden gelezen. Kies het opnieuw.";

    PreviewTitle => "Preview", "Voorbeeld";
    PreviewIntro => "How users see the Company Portal with these settings.",
        "Zo zien gebruikers de bedrijfsportal met deze instellingen.";
    PreviewNoCompanyName => "(company name)", "(bedrijfsnaam)";
    PreviewContactIt => "Contact IT", "Contact opnemen met IT";
    PreviewGoToItWebsite => "Go to IT website", "Ga naar de website van IT";
    PreviewPrivacy => "Privacy statement", "Privacyverklaring";
    PreviewNoContact => "No contact information entered yet.", "Nog geen contactgegevens ingevoerd.";
    PreviewContactName => "Contact", "Contactpersoon";
    PreviewPhone => "Phone", "Telefoon";
    PreviewEmail => "Email", "E-mail";
    PreviewDefaultColor => "The default color is shown until a valid theme color is entered.",
        "De standaardkleur wordt weergegeven totdat een geldige themakleur is ingevoerd.";

    SeverityBlocker => "Problem", "Probleem";
    SeverityWarning => "Warning", "Waarschuwing";
    SeverityInfo => "Note", "Opmerking";
    StatusReady => "No problems in this step.", "Geen problemen in deze stap.";

    StorageFull => "the browser's storage for this page is full", "de opslag van de browser voor deze pagina is vol";
    StorageUnavailable => "this browser does not allow the page to store data", "deze browser staat niet toe dat de pagina gegevens opslaat";
    DownloadUnreadable => "Download the unreadable plan", "Het onleesbare plan downloaden";
    DiscardUnreadable => "Discard the unreadable plan", "Het onleesbare plan verwijderen";
    ConflictOtherTab => "This plan was changed in another tab, while this tab has changes that are not saved yet. Which version do you want to keep?",
        "Dit plan is in een ander tabblad gewijzigd, terwijl dit tabblad wijzigingen heeft die nog niet zijn opgeslagen. Welke versie wilt u houden?";
    KeepMine => "Keep mine", "Mijn versie houden";
    LoadTheirs => "Load the other tab's", "De versie van het andere tabblad laden";
    AdoptedOtherTab => "Changes made in another tab were loaded.", "Wijzigingen uit een ander tabblad zijn geladen.";

    // Handing the plan on (issue 7): files, share links, the report.
    HandItOn => "Hand it on", "Doorgeven";
    ExportJson => "Export JSON", "JSON exporteren";
    ImportJson => "Import JSON", "JSON importeren";
    ImportHint => "A plan file exported by Enrollready (.json). You can also drop it onto the page.",
        "Een planbestand dat met Enrollready is geëxporteerd (.json). U kunt het ook op de pagina neerzetten.";
    CopyShareLink => "Copy share link", "Deellink kopiëren";
    ShareLink => "Share link", "Deellink";
    ShareLinkNote => "The plan is in the part of the link after #, which browsers never send to a server. Logos are not included: whoever opens the link picks them again.",
        "Het plan staat in het deel van de link na #, dat browsers nooit naar een server sturen. Logo's zitten er niet in: wie de link opent, kiest ze opnieuw.";
    OverviewClear => "Nothing to fix and no warnings in the whole plan.", "Niets op te lossen en geen waarschuwingen in het hele plan.";
        Copied => "Copied to the clipboard.", "Naar het klembord gekopieerd.";
    ClipboardUnavailable => "The clipboard is not available here: select the text on the page and copy it yourself.",
        "Het klembord is hier niet beschikbaar: selecteer de tekst op de pagina en kopieer die zelf.";
    ReplacePlan => "Replace my plan", "Mijn plan vervangen";
    KeepMyPlan => "Keep my plan", "Mijn plan houden";
    PlanReplaced => "The plan was replaced. Undo brings your previous plan back.",
        "Het plan is vervangen. Met Ongedaan maken krijgt u uw vorige plan terug.";
    PrintReport => "Print report", "Rapport afdrukken";
    DownloadMarkdown => "Download Markdown", "Markdown downloaden";
    DownloadCsv => "Download CSV", "CSV downloaden";
    DownloadCalendar => "Download calendar (.ics)", "Agenda downloaden (.ics)";
    BackToOverview => "Back to the overview", "Terug naar het overzicht";
    ReportIntro => "The readiness report as it will be printed. Choose A4 or Letter in the print dialog.",
        "Het gereedheidsrapport zoals het wordt afgedrukt. Kies A4 of Letter in het afdrukvenster.";

    // The plan's ruleset, named in the header (issue 13).
    Rules => "Rules", "Regels";
    RulesetClassic2017 => "the 2017 classic Intune console", "de klassieke Intune-beheerconsole uit 2017";
    RulesetIntune2026 => "today's Microsoft Intune admin center", "het huidige Microsoft Intune-beheercentrum";

    // The overview's summary and the grouped actions (issue 16).
    SummaryTitle => "Summary by step", "Samenvatting per stap";
    SummaryStep => "Step", "Stap";
    SummaryState => "State", "Status";
    SummaryWorkDone => "Work done", "Werk gedaan";
    SummaryProblems => "Problems", "Problemen";
    SummaryWarnings => "Warnings", "Waarschuwingen";
    SummaryOpenItems => "Open items", "Openstaande items";
    FindingsTitle => "Problems and warnings", "Problemen en waarschuwingen";
    GroupSaveOpen => "Save and open", "Opslaan en openen";
    Compare => "Compare", "Vergelijken";
    MoveToToday => "Move to today's rules", "Naar de huidige regels";
    MoveToClassic => "Move to the 2017 rules", "Naar de regels van 2017";
    MoveTitle => "Move this plan to other rules", "Dit plan naar andere regels verplaatsen";
    MoveApply => "Apply the move", "Verplaatsing toepassen";
    MoveOldColumn => "Now", "Nu";
    MoveNewColumn => "After the move", "Na de verplaatsing";
    PlanMoved => "The plan follows other rules now. Undo brings the previous rules back.", "Het plan volgt nu andere regels. Ongedaan maken zet de vorige regels terug.";
    AuthorityToday => "Today the MDM authority is always Intune: tenants since service release 1911 get it automatically, and Configuration Manager (hybrid MDM) can no longer be chosen. Check it under Tenant administration > Tenant status > Tenant details; co-management and Basic Mobility and Security are set up beside it, as the items below say.", "Tegenwoordig is de MDM-instantie altijd Intune: tenants sinds servicerelease 1911 krijgen die automatisch, en Configuration Manager (hybride MDM) kan niet meer worden gekozen. Controleer dit onder Tenantbeheer > Tenantstatus > Tenantdetails; co-beheer en Basic Mobility and Security worden ernaast ingericht, zoals de items hieronder beschrijven.";
    Plans => "Plans", "Plannen";
    PlansIntro => "Every plan kept in this browser. Each is saved on its own as you type, and the address names the open plan, so a bookmark opens it again.",
        "Alle plannen in deze browser. Elk plan wordt tijdens het typen apart opgeslagen, en het adres noemt het geopende plan, zodat een bladwijzer het weer opent.";
    PlansNew => "New plan", "Nieuw plan";
    PlansOpen => "Open", "Openen";
    PlansDuplicate => "Duplicate", "Dupliceren";
    PlansDelete => "Delete", "Verwijderen";
    PlansDeleteQuestion => "Delete this plan from this browser? Undo brings it back until the page is closed.",
        "Dit plan uit deze browser verwijderen? Ongedaan maken zet het terug zolang de pagina open is.";
    PlansDeleteYes => "Delete the plan", "Plan verwijderen";
    PlansDeleteNo => "Keep the plan", "Plan behouden";
    PlansDeleted => "Plan deleted:", "Plan verwijderd:";
    PlansUndoDelete => "Undo delete", "Verwijderen ongedaan maken";
    PlansDuplicated => "Plan duplicated.", "Plan gedupliceerd.";
    PlansExportZip => "Export all (.zip)", "Alles exporteren (.zip)";
    PlansExportEach => "Export all, one file each", "Alles exporteren, elk plan apart";
    PlansCompany => "Company", "Bedrijf";
    PlansReadiness => "Readiness", "Gereedheid";
    PlansChanged => "Last change", "Laatste wijziging";
    PlansActions => "Actions", "Acties";
    PlansOpenNow => "open now", "nu geopend";
    PlansNoName => "(no name yet)", "(nog geen naam)";
    PlansUnreadable => "cannot be read: open it to download it", "onleesbaar: open het om het te downloaden";
    PlansNone => "No plan is stored yet: the open plan is saved at its first change.",
        "Er is nog geen plan opgeslagen: het geopende plan wordt bij de eerste wijziging bewaard.";
    PlansLoading => "Loading the plans…", "Plannen laden…";
    PlansPersisted => "This browser keeps these plans even when disk space runs low.",
        "Deze browser bewaart deze plannen ook als de schijfruimte opraakt.";
    PlansNotPersisted => "This browser may clear these plans when disk space runs low: export them to keep them safe.",
        "Deze browser kan deze plannen wissen als de schijfruimte opraakt: exporteer ze om ze veilig te bewaren.";
    PlansRefused => "This browser refused the storage for several plans (IndexedDB), as a private window may. The open plan is kept as before, in this browser's local storage; export it to keep it safe.",
        "Deze browser weigert de opslag voor meerdere plannen (IndexedDB), zoals een privévenster kan doen. Het geopende plan wordt zoals voorheen in de lokale opslag van deze browser bewaard; exporteer het om het veilig te bewaren.";
    PlansReadFailed => "The plans could not be read from this browser's storage.", "De plannen konden niet uit de opslag van deze browser worden gelezen.";
    PlansDeleteOpenHint => "The open plan cannot be deleted: open another plan first.", "Het geopende plan kan niet worden verwijderd: open eerst een ander plan.";
    AddAsNewPlan => "Add as a new plan", "Toevoegen als nieuw plan";
    CompareWithStored => "Compare with a stored plan", "Vergelijken met een opgeslagen plan";
    CompareWithFile => "Compare with a file", "Vergelijken met een bestand";
    CompareNoFile => "Pick a plan file to compare this plan with: for example the version a client sent back.",
        "Kies een planbestand om dit plan mee te vergelijken: bijvoorbeeld de versie die een klant heeft teruggestuurd.";
    CompareWhat => "What", "Wat";
    CompareThisPlan => "This plan", "Dit plan";
    GroupShare => "Share", "Delen";
    GroupPrintDocuments => "Print and documents", "Afdrukken en documenten";
}
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words that are the same in both languages on purpose.
    const SAME_IN_BOTH: &[Text] = &[
        Text::AppName,
        // Words Dutch takes over, and product names.
        Text::ItemStatus,
        Text::DnsType,
        Text::DnsTtl,
        Text::AuthorityIntune,
        Text::AuthorityConfigMgr,
        Text::AuthorityOffice365,
        Text::PlatformAndroid,
        Text::PlatformAndroidForWork,
        Text::PlatformAndroidEnterprise,
        Text::AppleId,
    ];

    #[test]
    fn every_text_exists_in_both_languages() {
        for &t in Text::ALL {
            for l in Locale::ALL {
                assert!(!t.get(l).trim().is_empty(), "{t:?} is empty in {l:?}");
            }
            if !SAME_IN_BOTH.contains(&t) {
                assert_ne!(
                    t.get(Locale::En),
                    t.get(Locale::Nl),
                    "{t:?} is not translated"
                );
            }
        }
    }
}
