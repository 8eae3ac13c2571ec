namespace WeiduEtl.Serving;

/// <summary>One column of a resource's Table Schema.</summary>
internal sealed record ManifestField(string Name, string Type, string? Description, bool Required);
