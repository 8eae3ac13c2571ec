namespace WeiduEtl.Core.Parsing;

/// <summary>One person credited on an article, with the credit as printed (e.g. 本报记者 张铮).</summary>
public sealed record Contributor(string Name, ContributorRole Role, string CreditText);
