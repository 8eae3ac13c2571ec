namespace WeiduEtl.Parsing.Entities;

/// <summary>The names of the rules, as published in the <c>rule</c> column.</summary>
internal static class EntityRules
{
    public const string OrganisationSuffix = "org-suffix";
    public const string NationalBody = "org-national-body";
    public const string BodyOfAKind = "org-of-a-kind";
    public const string CountedBodyList = "org-counted-list";
    public const string ShortenedCompanyName = "org-shortened-company";
    public const string NumberedUnit = "org-numbered-unit";
    public const string BodyBeforePost = "org-before-post";
    public const string SubUnitBeforePost = "org-sub-unit-before-post";
    public const string SourceBody = "org-source";
    public const string PlaceDivision = "place-division";
    public const string PlaceSuffix = "place-suffix";
    public const string TitleName = "title-name";
    public const string TitleNameReferenceBack = "title-name-reference-back";
    public const string RoleList = "role-list";
    public const string NameList = "name-list";
    public const string NameTitle = "name-title";
    public const string DescriptorName = "descriptor-name";
    public const string EpithetName = "epithet-name";
    public const string KnownName = "known-name";
    public const string SubjectName = "subject-name";
    public const string AffiliatedName = "affiliated-name";
    public const string NameIsTitle = "name-is-title";
    public const string DottedName = "dotted-name";
    public const string ElectedName = "elected-name";
    public const string PairedName = "paired-name";
    public const string QuoteRepeated = "quote-repeated";
    public const string QuoteNextSentence = "quote-next-sentence";
    public const string QuoteCountedGroup = "quote-counted-group";
    public const string QuoteKindSubject = "quote-kind-subject";
    public const string SpeakerName = "speaker-name";
    public const string QuoteBefore = "quote-before";
    public const string QuoteAfter = "quote-after";
    public const string QuoteContinued = "quote-continued";
    public const string QuoteSentenceBefore = "quote-sentence-before";
    public const string QuoteReportRunsOn = "quote-report-runs-on";
    public const string QuoteColon = "quote-colon";
    public const string QuoteColonRun = "quote-colon-run";
    public const string QuoteBodyColon = "quote-body-colon";
    public const string QuoteAdjoining = "quote-adjoining";
    public const string QuoteSentenceAfter = "quote-sentence-after";
    public const string QuoteInFocus = "quote-in-focus";
    public const string QuoteCommaSubject = "quote-comma-subject";
    public const string QuoteLead = "quote-lead";
    public const string QuoteFollowingSubject = "quote-following-subject";
    public const string QuotePreviousSubject = "quote-previous-subject";
    public const string QuoteSharedSubject = "quote-shared-subject";
    public const string QuoteParagraphSpeaker = "quote-paragraph-speaker";
    public const string QuoteAddressNamed = "quote-address-named";
    public const string QuotePostNamed = "quote-post-named";
    public const string QuoteWordsOwner = "quote-words-owner";
    public const string QuoteUnattributed = "quote-unattributed";
    public const string QuoteVerse = "quote-verse";
    public const string QuoteMeeting = "quote-meeting";
}
