using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Aims.Risk.Internal;

namespace Aims.Risk;

/// <summary>
/// The outcome of a range of a run's chunks (<see cref="FairSimulator.RunChunks"/>): what a worker process or machine
/// sends back so a host can spread a large run over its own workers and merge the parts with <see cref="Merge"/>.
/// </summary>
/// <remarks>
/// <para>The contract: a run of <c>trials</c> trials has <see cref="ChunkCountOf"/>(trials) chunks of
/// <see cref="ChunkSize"/> trials (the last may be shorter). Chunk c of scenario k draws from random streams keyed by
/// (seed, k, c), so it gives the same annual losses in any process. Partials that cover every chunk exactly once merge
/// into the result of the whole run: mean, standard deviation, min, max, the share of loss-free years, threshold
/// probabilities and each scenario's contribution exactly as <see cref="FairSimulator.RunPortfolio"/> computes them
/// (the same bits); percentiles, value at risk and expected shortfall within <see cref="PercentileRelativeError"/>
/// of them, from a fixed histogram whose bins are 2⁻¹⁰ wide relative to their values; loss exceedance points are
/// exact (x, P(loss ≥ x)) pairs at bin edges within one bin of the percentiles; histogram counts may move a value
/// within one bin width of a public bin edge to the neighbouring bin. Merging is independent of how the chunks were
/// split.</para>
/// <para><see cref="WriteTo"/> and <see cref="ReadFrom"/> carry a partial between processes (a compact binary form,
/// about 20 KB plus 8 bytes per occupied histogram bin and 48 bytes per chunk and scenario). Instances are immutable
/// and safe to share between threads; equality compares every value.</para>
/// </remarks>
public sealed class FairPartialResult : IEquatable<FairPartialResult>
{
    /// <summary>The number of trials in a chunk: 8,192.</summary>
    public const int ChunkSize = ScenarioKernel.ChunkSize;

    /// <summary>The largest relative error of a merged percentile, value at risk or expected shortfall: 2⁻¹⁰ (≈ 0.098 %).</summary>
    public const double PercentileRelativeError = LogHistogram.RelativeWidth;

    private const string Magic = "AIMS-FAIR-PARTIAL";
    // 2: four-lane random streams (issue 14). A version-1 partial came from other streams: merging it would not give a
    // single run's result, so it is refused.
    private const int FormatVersion = 2;

    private readonly Moments[] _total;
    private readonly Moments[] _scenarios;
    private readonly int[] _bins;
    private readonly long[] _counts;
    private readonly long[] _over;
    private readonly long _zeros;
    private readonly ulong _fingerprint;
    private readonly FairSimulationOptions _options;
    private byte[]? _bytes;

    internal FairPartialResult(
        string name, ImmutableArray<string> scenarioNames, ulong fingerprint, FairSimulationOptions options, int firstChunk, int chunkCount,
        Moments[] total, Moments[] scenarios, long[] denseCounts, long zeros, long[] over)
        : this(name, scenarioNames, fingerprint, options, firstChunk, chunkCount, total, scenarios, Sparse(denseCounts), zeros, over)
    {
    }

    private FairPartialResult(
        string name, ImmutableArray<string> scenarioNames, ulong fingerprint, FairSimulationOptions options, int firstChunk, int chunkCount,
        Moments[] total, Moments[] scenarios, (int[] Bins, long[] Counts) histogram, long zeros, long[] over)
    {
        (Name, ScenarioNames, _fingerprint, _options, FirstChunk, ChunkCount) = (name, scenarioNames, fingerprint, options, firstChunk, chunkCount);
        (_total, _scenarios, _bins, _counts, _zeros, _over) = (total, scenarios, histogram.Bins, histogram.Counts, zeros, over);
    }

    /// <summary>Gets the portfolio name given to <see cref="FairSimulator.RunChunks"/>.</summary>
    public string Name { get; }

    /// <summary>Gets the scenario names, in portfolio order.</summary>
    public ImmutableArray<string> ScenarioNames { get; }

    /// <summary>Gets the number of trials of the whole run.</summary>
    public int Trials => _options.Trials;

    /// <summary>Gets the seed.</summary>
    public long Seed => _options.Seed;

    /// <summary>Gets the first chunk this partial covers.</summary>
    public int FirstChunk { get; }

    /// <summary>Gets the number of chunks this partial covers.</summary>
    public int ChunkCount { get; }

    /// <summary>The number of chunks of a run: ⌈trials / <see cref="ChunkSize"/>⌉.</summary>
    /// <param name="trials">The run's trials, 1 to <see cref="FairSimulationOptions.MaxTrials"/>.</param>
    /// <returns>The chunk count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trials"/> is outside 1 to <see cref="FairSimulationOptions.MaxTrials"/>.</exception>
    public static int ChunkCountOf(int trials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trials, FairSimulationOptions.MaxTrials);
        return ScenarioKernel.ChunkCount(trials);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both hold the same values.</returns>
    public static bool operator ==(FairPartialResult? left, FairPartialResult? right) => left?.Equals(right) ?? right is null;

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(FairPartialResult? left, FairPartialResult? right) => !(left == right);

    /// <summary>
    /// Merges partials of one run that together cover each of its chunks exactly once, in any order (they are put in
    /// chunk order), into the run's result (see the remarks of <see cref="FairPartialResult"/> for what is exact).
    /// </summary>
    /// <param name="partials">The partials.</param>
    /// <returns>The portfolio result; <see cref="FairResult.TrialLosses"/> and <see cref="FairResult.NodeSummaries"/> are empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partials"/> is or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No partials; partials of different runs (scenarios, options, seed or name); or chunks missing or covered twice.</exception>
    public static FairPortfolioResult Merge(IEnumerable<FairPartialResult> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var parts = partials.ToArray();
        if (parts.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(partials), "A partial is null.");
        }

        if (parts.Length == 0)
        {
            throw new ArgumentException("Give at least one partial result.", nameof(partials));
        }

        var first = parts[0];
        if (parts.Any(p => p._fingerprint != first._fingerprint || p.Name != first.Name || !p.ScenarioNames.SequenceEqual(first.ScenarioNames)))
        {
            throw new ArgumentException("The partials come from different runs (scenarios, options, seed or name differ).", nameof(partials));
        }

        Array.Sort(parts, (a, b) => a.FirstChunk.CompareTo(b.FirstChunk));
        var expected = 0;
        foreach (var p in parts)
        {
            if (p.FirstChunk != expected)
            {
                throw new ArgumentException(p.FirstChunk > expected
                    ? string.Create(CultureInfo.InvariantCulture, $"Chunks {expected} to {p.FirstChunk - 1} are missing.")
                    : string.Create(CultureInfo.InvariantCulture, $"Chunk {p.FirstChunk} is covered twice."), nameof(partials));
            }

            expected += p.ChunkCount;
        }

        var chunks = ScenarioKernel.ChunkCount(first.Trials);
        if (expected != chunks)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Chunks {expected} to {chunks - 1} are missing."), nameof(partials));
        }

        var total = parts.SelectMany(p => p._total).ToArray();
        var counts = new long[LogHistogram.Bins];
        var over = new long[first._over.Length];
        long zeros = 0;
        foreach (var p in parts)
        {
            for (var i = 0; i < p._bins.Length; i++)
            {
                counts[p._bins[i]] += p._counts[i];
            }

            for (var t = 0; t < over.Length; t++)
            {
                over[t] += p._over[t];
            }

            zeros += p._zeros;
        }

        var options = first._options;
        var stats = LossStatistics.FromHistogram(total, counts, zeros, over, LossStatistics.ThresholdsOf(options), options);
        var summaries = new NodeSummary[first.ScenarioNames.Length];
        for (var k = 0; k < summaries.Length; k++)
        {
            summaries[k] = Moments.Merge(FairNode.LossMagnitude, [.. parts.SelectMany(p => p._scenarios.AsSpan(k * p.ChunkCount, p.ChunkCount).ToArray())]);
        }

        var result = new FairResult(first.Name, options, stats, [], double.NaN, []);
        return new FairPortfolioResult(result, FairSimulator.Contributions(first.ScenarioNames, summaries));
    }

    /// <summary>Reads a partial written by <see cref="WriteTo"/>, checking that it is complete and consistent.</summary>
    /// <param name="stream">The stream, positioned at the partial; read to its end.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The data is not a partial of this format version, or is truncated or inconsistent.</exception>
    public static FairPartialResult ReadFrom(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            Check(reader.ReadString() == Magic && reader.ReadInt32() == FormatVersion, "not a FAIR partial result of format version 2 (a version 1 partial comes from an engine with other random streams: run its chunks again)");
            var name = reader.ReadString();
            var names = ImmutableArray.CreateRange(Enumerable.Range(0, Count(reader.ReadInt32(), 10_000_000)).Select(_ => reader.ReadString()));
            var fingerprint = reader.ReadUInt64();
            var options = new FairSimulationOptions
            {
                Trials = reader.ReadInt32(),
                Seed = reader.ReadInt64(),
                FrequencyMode = (FrequencyMode)reader.ReadInt32(),
                VulnerabilityMode = (VulnerabilityMode)reader.ReadInt32(),
                MaxEventsPerTrial = reader.ReadInt32(),
                ValueAtRiskConfidence = reader.ReadDouble(),
                HistogramBins = reader.ReadInt32(),
                LossThresholds = [.. Enumerable.Range(0, Count(reader.ReadInt32(), 1_000_000)).Select(_ => reader.ReadDouble())],
            };
            Check(options.Validate().IsValid, "invalid options");
            var (firstChunk, chunkCount) = (reader.ReadInt32(), reader.ReadInt32());
            Check(firstChunk >= 0 && chunkCount >= 1 && firstChunk <= ScenarioKernel.ChunkCount(options.Trials) - chunkCount, "chunk range outside the run");
            var total = ReadMoments(reader, chunkCount);
            var scenarios = ReadMoments(reader, checked(chunkCount * names.Length));
            var zeros = reader.ReadInt64();
            var over = Enumerable.Range(0, LossStatistics.ThresholdsOf(options).Length).Select(_ => reader.ReadInt64()).ToArray();
            var occupied = Count(reader.ReadInt32(), LogHistogram.Bins);
            var (bins, counts) = (new int[occupied], new long[occupied]);
            for (var i = 0; i < occupied; i++)
            {
                (bins[i], counts[i]) = (reader.ReadInt32(), reader.ReadInt64());
                Check(bins[i] >= 0 && bins[i] < LogHistogram.Bins && (i == 0 || bins[i] > bins[i - 1]) && counts[i] > 0, "histogram bins out of order");
            }

            var trials = Math.Min(options.Trials, (firstChunk + chunkCount) * ChunkSize) - (firstChunk * ChunkSize);
            Check(counts.Sum() == trials && total.Sum(m => m.Count) == trials && zeros >= 0 && zeros <= trials && over.All(o => o >= 0 && o <= trials),
                "counts do not add up to the trials of the chunk range");
            for (var i = 0; i < chunkCount; i++)
            {
                var length = Math.Min(ChunkSize, options.Trials - ((firstChunk + i) * ChunkSize));
                Check(total[i].Count == length && Enumerable.Range(0, names.Length).All(k => scenarios[(k * chunkCount) + i].Count == length), "a chunk's count is wrong");
            }

            return new FairPartialResult(name, names, fingerprint, options, firstChunk, chunkCount, total, scenarios, (bins, counts), zeros, over);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The FAIR partial result is truncated.", ex);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidDataException("The FAIR partial result is not valid: " + ex.Message, ex);
        }
    }

    /// <summary>Writes the partial in a compact binary form (format version 2) that <see cref="ReadFrom"/> reads.</summary>
    /// <param name="stream">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Bytes());
    }

    /// <inheritdoc/>
    public bool Equals(FairPartialResult? other) => other is not null && (ReferenceEquals(this, other) || Bytes().AsSpan().SequenceEqual(other.Bytes()));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FairPartialResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, _fingerprint, FirstChunk, ChunkCount, _zeros, _total.Length > 0 ? _total[0].Min : 0);

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Name}: chunks {FirstChunk} to {FirstChunk + ChunkCount - 1} of {ScenarioKernel.ChunkCount(Trials)}, seed {Seed}");

    /// <summary>A stable 64-bit FNV-1a digest of the scenarios and options (the same in every process), so partials of different runs are not merged.</summary>
    internal static ulong Fingerprint(IReadOnlyList<FairScenario> scenarios, FairSimulationOptions options, string name)
    {
        var hash = 14695981039346656037UL;
        void Mix(ulong value)
        {
            for (var i = 0; i < 8; i++)
            {
                hash = (hash ^ ((value >> (8 * i)) & 0xFF)) * 1099511628211UL;
            }
        }

        void Text(string text)
        {
            Mix((ulong)text.Length);
            foreach (var c in text)
            {
                Mix(c);
            }
        }

        Text(name);
        foreach (var scenario in scenarios)
        {
            Text(scenario.Name);
            foreach (var input in scenario.Inputs())
            {
                Text(input.Path);
                var e = input.Estimate;
                Mix((ulong)e.Kind);
                Mix((ulong)BitConverter.DoubleToInt64Bits(e.Parameter1));
                Mix((ulong)BitConverter.DoubleToInt64Bits(e.Parameter2));
                Mix((ulong)BitConverter.DoubleToInt64Bits(e.Parameter3));
                Mix((ulong)BitConverter.DoubleToInt64Bits(e.Gamma));
            }
        }

        Mix((ulong)options.Trials);
        Mix((ulong)options.Seed);
        Mix((ulong)options.FrequencyMode);
        Mix((ulong)options.VulnerabilityMode);
        Mix((ulong)options.MaxEventsPerTrial);
        return hash;
    }

    private static (int[] Bins, long[] Counts) Sparse(long[] dense)
    {
        var bins = new List<int>();
        for (var b = 0; b < dense.Length; b++)
        {
            if (dense[b] != 0)
            {
                bins.Add(b);
            }
        }

        return ([.. bins], [.. bins.Select(b => dense[b])]);
    }

    private static Moments[] ReadMoments(BinaryReader reader, int count)
    {
        var moments = new Moments[count];
        for (var i = 0; i < count; i++)
        {
            moments[i] = Moments.FromState(reader.ReadInt64(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
        }

        return moments;
    }

    private static int Count(int count, int max)
    {
        Check(count >= 0 && count <= max, "a length is out of range");
        return count;
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidDataException("The FAIR partial result is not valid: " + what + ".");
        }
    }

    private byte[] Bytes()
    {
        if (_bytes is not null)
        {
            return _bytes;
        }

        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(Name);
            writer.Write(ScenarioNames.Length);
            foreach (var n in ScenarioNames)
            {
                writer.Write(n);
            }

            writer.Write(_fingerprint);
            writer.Write(_options.Trials);
            writer.Write(_options.Seed);
            writer.Write((int)_options.FrequencyMode);
            writer.Write((int)_options.VulnerabilityMode);
            writer.Write(_options.MaxEventsPerTrial);
            writer.Write(_options.ValueAtRiskConfidence);
            writer.Write(_options.HistogramBins);
            var thresholds = _options.LossThresholds.IsDefault ? [] : _options.LossThresholds;
            writer.Write(thresholds.Length);
            foreach (var t in thresholds)
            {
                writer.Write(t);
            }

            writer.Write(FirstChunk);
            writer.Write(ChunkCount);
            foreach (var m in _total.Concat(_scenarios))
            {
                var (shift, sum, squares) = m.State;
                writer.Write(m.Count);
                writer.Write(m.Min);
                writer.Write(m.Max);
                writer.Write(shift);
                writer.Write(sum);
                writer.Write(squares);
            }

            writer.Write(_zeros);
            foreach (var o in _over)
            {
                writer.Write(o);
            }

            writer.Write(_bins.Length);
            for (var i = 0; i < _bins.Length; i++)
            {
                writer.Write(_bins[i]);
                writer.Write(_counts[i]);
            }
        }

        return _bytes = memory.ToArray();
    }
}
