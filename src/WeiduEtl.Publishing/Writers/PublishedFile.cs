namespace WeiduEtl.Publishing.Writers;

/// <summary>A file written into a snapshot, with what datapackage.json says of it.</summary>
/// <param name="Partition">The issue month ("2019-10", "undated") of a partitioned table's file; null for a single-file table.</param>
/// <param name="Fingerprint">What the partition was made from (its issues' rows and the file layout): a later publish with the same fingerprint reuses the file.</param>
internal sealed record PublishedFile(string RelativePath, TableFormat Format, long Bytes, string Sha256, int Rows, Tables.TableDefinition Table, string? Partition = null, string? Fingerprint = null);
