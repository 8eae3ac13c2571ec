using System.Security.Cryptography;
using System.Text;
using WeiduEtl.Core.Ports;
using WeiduEtl.Core.Rows;
using WeiduEtl.Publishing.Tables;
using WeiduEtl.Publishing.Writers;

namespace WeiduEtl.Publishing.Partitions;

/// <summary>
/// The issue months of a dataset, each with a fingerprint of everything its partition files are made from: the
/// month's issues rows (every column, parsed_at and source_sha256 included) and the build that writes the files.
/// </summary>
/// <remarks>
/// An issue's rows in every table are only ever replaced together with its issues row (a store saves an issue whole,
/// stamping parsed_at), so a month whose issues rows are unchanged has unchanged rows in every table, and its files
/// from the previous snapshot can be reused byte for byte. A new build changes every fingerprint: its files may be
/// spelled differently, so its first publish writes them all.
/// </remarks>
internal sealed record DatasetMonths(IReadOnlyDictionary<string, string> Fingerprints, long Articles)
{
    /// <summary>The module id of a deterministic build changes exactly when its code does.</summary>
    private static readonly string Layout = $"{DataPackageWriter.ContractVersion};{typeof(DatasetMonths).Assembly.ManifestModule.ModuleVersionId}";

    /// <summary>Months in order ("2019-09", "2019-10", …, "undated" last).</summary>
    public IEnumerable<string> Months => Fingerprints.Keys.Order(StringComparer.Ordinal);

    /// <summary>Reads the issues table once, a row at a time.</summary>
    public static async Task<DatasetMonths> ReadAsync(IDatasetReader dataset, CancellationToken cancellationToken)
    {
        var hashes = new Dictionary<string, IncrementalHash>(StringComparer.Ordinal);
        long articles = 0;
        try
        {
            await foreach (var row in dataset.ReadAsync(ContractTables.Issues.Name, null, cancellationToken))
            {
                var issue = (IssueRow)row;
                var month = IDatasetReader.MonthOf(issue);
                if (!hashes.TryGetValue(month, out var hash))
                {
                    hashes[month] = hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    hash.AppendData(Encoding.UTF8.GetBytes(Layout));
                }
                foreach (var field in ContractTables.Issues.Fields)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(CellFormat.ToCsv(field.Value(issue))));
                    hash.AppendData([0x1F]);
                }
                hash.AppendData([0x1E]);
                articles += issue.ArticleCount;
            }
            return new DatasetMonths(hashes.ToDictionary(h => h.Key, h => Convert.ToHexStringLower(h.Value.GetHashAndReset()), StringComparer.Ordinal), articles);
        }
        finally
        {
            foreach (var hash in hashes.Values)
            {
                hash.Dispose();
            }
        }
    }
}
