namespace WeiduEtl.Tests.Parsing.Pdf;

/// <summary>One damaged copy of a PDF: what a bad disk, a bad proxy or a bad publisher does to a file.</summary>
internal static class PdfMutant
{
    public static (string Mutation, byte[] Bytes) Make(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(5))
        {
            case 0:
                var flips = random.Next(1, 9);
                for (var k = 0; k < flips; k++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }
                return ($"{flips} bits flipped", bytes);
            case 1:
                var at = random.Next(bytes.Length);
                var length = Math.Min(random.Next(1, 256), bytes.Length - at);
                random.NextBytes(bytes.AsSpan(at, length));
                return ($"{length} bytes overwritten at {at}", bytes);
            case 2:
                // The structure lives in the last few KiB (xref, trailer) and in the object headers: hit a digit there.
                var digits = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] is >= (byte)'0' and <= (byte)'9').ToArray();
                var digit = digits[random.Next(digits.Length)];
                bytes[digit] = (byte)('0' + random.Next(10));
                return ($"digit at {digit} changed", bytes);
            case 3:
                var keep = random.Next(16, bytes.Length);
                return ($"cut to {keep} bytes and %%EOF appended", [.. bytes.AsSpan(0, keep), .. "\n%%EOF\n"u8]);
            default:
                var from = random.Next(bytes.Length);
                var count = Math.Min(random.Next(1, 4096), bytes.Length - from);
                return ($"{count} bytes removed at {from}", [.. bytes.AsSpan(0, from), .. bytes.AsSpan(from + count)]);
        }
    }
}
