namespace WeiduEtl.Core.Parsing;

/// <summary>What an entity mention names.</summary>
public enum MentionKind
{
    Person,
    Organisation,
    Place,
}
