namespace WeiduEtl.Publishing.Writers;

/// <summary>A snapshot file that is not one of the contract's tables (changes.json), listed in datapackage.json without a schema.</summary>
internal sealed record AttachedFile(string Name, string RelativePath, string MediaType, long Bytes, string Sha256, string Description);
