using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using WeiduEtl.Core.Options;

namespace WeiduEtl.ObjectStorage;

/// <summary>Makes the SDK client for the config's <c>"s3"</c> section; credentials come from the SDK's default chain.</summary>
public static class S3ClientFactory
{
    public static IAmazonS3 Create(S3Options? options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options?.ForcePathStyle ?? false,
            // ObjectRetry (Polly) is the one retry policy, so its log says every attempt and its limits hold.
            MaxErrorRetry = 0,
            // Flexible checksums send aws-chunked bodies with trailers, which s3rver and older MinIO/Ceph store
            // framing and all; uploads are verified by Content-MD5 instead, which every S3-compatible service checks.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromMinutes(2),
        };
        if (options?.ServiceUrl is { Length: > 0 } url)
        {
            config.ServiceURL = url;
            config.AuthenticationRegion = options.Region ?? "us-east-1";
        }
        else if (options?.Region is { Length: > 0 } region)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        return new AmazonS3Client(config);
    }
}
