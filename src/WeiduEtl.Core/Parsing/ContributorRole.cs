namespace WeiduEtl.Core.Parsing;

/// <summary>The contract's contributor roles.</summary>
public enum ContributorRole
{
    Reporter,
    Correspondent,
    Photographer,
}
