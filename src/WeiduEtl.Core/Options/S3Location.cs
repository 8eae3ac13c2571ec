using System.Text.RegularExpressions;

namespace WeiduEtl.Core.Options;

/// <summary>An output or archive on object storage, written <c>s3://bucket/prefix</c>.</summary>
/// <param name="Bucket">The bucket name.</param>
/// <param name="Prefix">The key prefix without leading or trailing '/'; empty for the bucket's root.</param>
public sealed partial record S3Location(string Bucket, string Prefix)
{
    public const string Scheme = "s3://";

    /// <summary>Whether a configured location names object storage rather than a local folder.</summary>
    public static bool IsS3(string? location) => location is not null && location.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses <c>s3://bucket/prefix</c>; on failure <paramref name="problem"/> says what is wrong.</summary>
    public static S3Location? TryParse(string location, out string problem)
    {
        problem = "";
        if (!IsS3(location))
        {
            problem = $"'{location}' does not start with {Scheme}";
            return null;
        }
        var rest = location[Scheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..].Trim('/');
        if (!BucketPattern().IsMatch(bucket))
        {
            problem = $"'{bucket}' is not a bucket name (3–63 lower-case letters, digits, '.' or '-'), in {location}";
            return null;
        }
        if (prefix.Contains("//", StringComparison.Ordinal) || prefix.Split('/').Any(s => s is "." or ".."))
        {
            problem = $"the prefix '{prefix}' of {location} has an empty, '.' or '..' segment";
            return null;
        }
        return new S3Location(bucket, prefix);
    }

    /// <summary>Parses a location already validated at start.</summary>
    public static S3Location Parse(string location) =>
        TryParse(location, out var problem) ?? throw new ArgumentException(problem, nameof(location));

    /// <summary>The object key of a path under this location ("snapshots/x/a.csv" → "prefix/snapshots/x/a.csv").</summary>
    public string Key(string relative) => Prefix.Length == 0 ? relative : $"{Prefix}/{relative}";

    public override string ToString() => Prefix.Length == 0 ? $"{Scheme}{Bucket}" : $"{Scheme}{Bucket}/{Prefix}";

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketPattern();
}
