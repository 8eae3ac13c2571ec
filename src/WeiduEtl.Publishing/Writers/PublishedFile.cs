namespace WeiduEtl.Publishing.Writers;

/// <summary>A file written into a snapshot, with what datapackage.json says of it.</summary>
internal sealed record PublishedFile(string RelativePath, string Format, string MediaType, long Bytes, string Sha256, int Rows, Tables.TableDefinition Table);
