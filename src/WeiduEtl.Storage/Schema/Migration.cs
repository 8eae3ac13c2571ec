namespace WeiduEtl.Storage.Schema;

/// <summary>One schema change, applied once, in version order.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
