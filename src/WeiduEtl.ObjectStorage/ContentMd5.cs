using System.Security.Cryptography;

namespace WeiduEtl.ObjectStorage;

/// <summary>
/// The Content-MD5 header S3 checks an upload against. MD5 here is S3's transfer checksum, not a security
/// measure; the sha256 in each object's metadata is what consumers check.
/// </summary>
internal static class ContentMd5
{
#pragma warning disable CA5351 // MD5 is what the S3 protocol's Content-MD5 header is defined with.
    public static string Of(byte[] bytes) => Convert.ToBase64String(MD5.HashData(bytes));

    public static HashAlgorithm Create() => MD5.Create();
#pragma warning restore CA5351

    public static string FromHex(string hex) => Convert.ToBase64String(Convert.FromHexString(hex));
}
