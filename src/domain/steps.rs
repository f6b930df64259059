//! The parts of the plan, in the order of the source document.

/// A step of the plan, or the recovery path for a wrong MDM authority. The
/// discriminants are the positions in [`StepId::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StepId {
    /// Step 1: enable connections (custom domains, network endpoints).
    Connections,
    /// Step 2: set the MDM authority.
    MdmAuthority,
    /// Step 3: create groups.
    Groups,
    /// Step 4: configure the Company Portal.
    CompanyPortal,
    /// Step 5: assign user licenses (and sync on-premises users).
    Licenses,
    /// Step 6: enable enrollment per platform.
    Enrollment,
    /// Step 7: next steps.
    NextSteps,
    /// What to do after choosing the wrong MDM authority.
    Recovery,
}

impl StepId {
    /// In order; `ALL[s as usize] == s` (a test checks it).
    pub const ALL: [StepId; 8] = [
        StepId::Connections,
        StepId::MdmAuthority,
        StepId::Groups,
        StepId::CompanyPortal,
        StepId::Licenses,
        StepId::Enrollment,
        StepId::NextSteps,
        StepId::Recovery,
    ];

    /// The step's number in the source document (the recovery path has none).
    pub fn number(self) -> Option<u8> {
        match self {
            StepId::Recovery => None,
            s => (s as u8).checked_add(1),
        }
    }

    /// The step's key in the file format and in element ids.
    pub fn key(self) -> &'static str {
        match self {
            StepId::Connections => "connections",
            StepId::MdmAuthority => "mdm_authority",
            StepId::Groups => "groups",
            StepId::CompanyPortal => "company_portal",
            StepId::Licenses => "licenses",
            StepId::Enrollment => "enrollment",
            StepId::NextSteps => "next_steps",
            StepId::Recovery => "recovery",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_indexed_by_discriminant() {
        for (i, s) in StepId::ALL.into_iter().enumerate() {
            assert_eq!(s as usize, i);
        }
        assert_eq!(StepId::CompanyPortal.number(), Some(4));
        assert_eq!(StepId::Recovery.number(), None);
    }
}
