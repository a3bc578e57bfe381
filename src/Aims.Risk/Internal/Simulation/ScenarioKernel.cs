using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Aims.Risk.Internal;

/// <summary>
/// A compiled scenario and the fused per-trial loop. Every input has its own random stream per chunk of trials
/// (seed, scenario, chunk, input), so (1) results are bit-identical whatever the degree of parallelism, and (2) a
/// control analysis or a sensitivity run sees the same draws for every input it does not change (common random
/// numbers). No per-node per-trial arrays are kept: node statistics are streamed into per-chunk moments.
/// </summary>
internal sealed class ScenarioKernel
{
    public const int ChunkSize = 8192;

    /// <summary>In per-event mode the cancellation token is checked after at most this many events or trials.</summary>
    public const int EventsBetweenChecks = 1 << 16;

    // Input slots double as stream ids and as effect targets.
    public const int Lef = 0, Tef = 1, Cf = 2, Poa = 3, Vuln = 4, Tcap = 5, Rs = 6, Pl = 7, PlForm = 8, Slef = 14, Sl = 15, SlForm = 16;
    private const int Slots = 22, EventStream = 22, ControlEventStream = 23, EffectStream = 24;

    private readonly Sampler[] _samplers = new Sampler[Slots];
    private readonly BetaTables _tables;
    private readonly int[] _plForms;
    private readonly int[] _slForms;
    private readonly (int Slot, ControlEffectKind Kind, Sampler Amount)[] _effects;
    private readonly int[] _touched;
    private readonly bool _lefDirect;
    private readonly bool _tefDirect;
    private readonly bool _vulnDirect;
    private readonly bool _hasSecondary;
    private readonly bool _plSingle;
    private readonly bool _slSingle;
    private readonly FrequencyMode _frequency;
    private readonly VulnerabilityMode _vulnerability;
    private readonly double _maxEvents;
    private readonly double _dispersion; // negative binomial shape k; 0 for Poisson counts
    private readonly (double D, double C) _dispersionGamma;
    private readonly string _frequencyPath;

    public ScenarioKernel(
        FairScenario scenario, FairSimulationOptions options, IReadOnlyList<ControlEffect> effects, BetaTables? tables = null,
        IDictionary<(Estimate, Estimate), double>? vulnerabilities = null)
    {
        _tables = tables ?? new BetaTables();
        _frequency = options.FrequencyMode;
        _vulnerability = options.VulnerabilityMode;
        _maxEvents = options.MaxEventsPerTrial;
        _dispersion = scenario.EventCountDispersion ?? 0;
        _dispersionGamma = _dispersion > 0 ? Sampler.GammaConstants(_dispersion) : default;
        _lefDirect = scenario.LossEventFrequency is not null;
        _tefDirect = scenario.ThreatEventFrequency is not null;
        _vulnDirect = scenario.Vulnerability is not null;
        _hasSecondary = scenario.HasSecondaryLoss;
        _plSingle = scenario.PrimaryLoss is not null;
        _slSingle = scenario.SecondaryLoss is not null;
        _frequencyPath = _lefDirect ? "/lossEventFrequency" : _tefDirect ? "/threatEventFrequency" : "/contactFrequency";
        Set(Lef, scenario.LossEventFrequency);
        Set(Tef, scenario.ThreatEventFrequency);
        Set(Cf, scenario.ContactFrequency);
        Set(Poa, scenario.ProbabilityOfAction);
        Set(Vuln, scenario.Vulnerability);
        Set(Tcap, scenario.ThreatCapability);
        Set(Rs, scenario.ResistanceStrength);
        Set(Pl, scenario.PrimaryLoss);
        Set(Slef, scenario.SecondaryLossEventFrequency);
        Set(Sl, scenario.SecondaryLoss);
        _plForms = SetForms(scenario.PrimaryLossByForm, PlForm);
        _slForms = SetForms(scenario.SecondaryLossByForm, SlForm);
        _effects = effects.Count == 0 ? [] : new (int, ControlEffectKind, Sampler)[effects.Count];
        var (touched, touchedCount) = (new int[_effects.Length], 0);
        for (var e = 0; e < _effects.Length; e++)
        {
            _effects[e] = (SlotOf(effects[e]), effects[e].Kind, Sampler.From(effects[e].Amount));
            if (touched.AsSpan(0, touchedCount).IndexOf(_effects[e].Slot) < 0)
            {
                touched[touchedCount++] = _effects[e].Slot;
            }
        }

        _touched = touched[..touchedCount];
        if (!ScalarVulnerability)
        {
            AnalyticVulnerability = double.NaN;
        }
        else if (vulnerabilities is null || !vulnerabilities.TryGetValue((scenario.ThreatCapability!, scenario.ResistanceStrength!), out var known))
        {
            // Shared by the scenarios of a portfolio with the same TCap and RS (the integral costs about a millisecond).
            AnalyticVulnerability = VulnerabilityIntegral.TryCompute(scenario.ThreatCapability!, scenario.ResistanceStrength!, out var exact) ? exact : double.NaN;
            vulnerabilities?.Add((scenario.ThreatCapability!, scenario.ResistanceStrength!), AnalyticVulnerability);
        }
        else
        {
            AnalyticVulnerability = known;
        }
    }

    public bool HasEffects => _effects.Length > 0;

    /// <summary>Gets whether vulnerability is one scalar per run derived from TCap and RS.</summary>
    public bool ScalarVulnerability => !_lefDirect && !_vulnDirect && _vulnerability == VulnerabilityMode.RunAverage;

    /// <summary>
    /// Gets P(TCap &gt; RS) computed by numerical integration when vulnerability is one scalar per run, or NaN when it is
    /// not, or when a density cannot be integrated to the stated tolerance (then TCap and RS are drawn; see <see cref="CountHits"/>).
    /// </summary>
    public double AnalyticVulnerability { get; }

    /// <summary>Gets whether a control changes threat capability or resistance strength (its treated vulnerability needs draws).</summary>
    public bool EffectsTouchVulnerability
    {
        get
        {
            foreach (var slot in _touched)
            {
                if (slot is Tcap or Rs)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Compiles the estimates of a loss by form into their slots; a loop, not LINQ (less to compile on a first run).</summary>
    private int[] SetForms(ImmutableSortedDictionary<LossForm, Estimate> forms, int firstSlot)
    {
        if (forms.IsEmpty)
        {
            return [];
        }

        var (slots, i) = (new int[forms.Count], 0);
        foreach (var (form, estimate) in forms)
        {
            slots[i] = firstSlot + (int)form;
            Set(slots[i++], estimate);
        }

        return slots;
    }

    public static int ChunkCount(int trials) => (trials + ChunkSize - 1) / ChunkSize;

    public static int SlotOf(ControlEffect effect) => (effect.Node, effect.Form) switch
    {
        (FairNode.PrimaryLoss, { } f) => PlForm + (int)f,
        (FairNode.SecondaryLoss, { } f) => SlForm + (int)f,
        (FairNode.LossEventFrequency, _) => Lef,
        (FairNode.ThreatEventFrequency, _) => Tef,
        (FairNode.ContactFrequency, _) => Cf,
        (FairNode.ProbabilityOfAction, _) => Poa,
        (FairNode.Vulnerability, _) => Vuln,
        (FairNode.ThreatCapability, _) => Tcap,
        (FairNode.ResistanceStrength, _) => Rs,
        (FairNode.PrimaryLoss, _) => Pl,
        (FairNode.SecondaryLossEventFrequency, _) => Slef,
        _ => Sl,
    };

    /// <summary>Counts TCap &gt; RS over a chunk (baseline and treated) for the run-average vulnerability.</summary>
    [MethodImpl(Jit.Hot)]
    public (long Base, long Treated) CountHits(ulong seed, int scenario, int chunk, int count)
    {
        Span<Xoshiro256x4> rng = stackalloc Xoshiro256x4[EffectStream + _effects.Length];
        InitStreams(rng, seed, scenario, chunk);
        Span<double> factor = stackalloc double[Slots];
        Span<double> shift = stackalloc double[Slots];
        factor.Fill(1);
        long hits = 0, hitsTreated = 0;
        for (var i = 0; i < count; i++)
        {
            var tc = Draw(rng, Tcap);
            var rs = Draw(rng, Rs);
            hits += tc > rs ? 1 : 0;
            if (_effects.Length > 0)
            {
                DrawEffects(rng, factor, shift);
                hitsTreated += Treat(factor, shift, Tcap, tc) > Treat(factor, shift, Rs, rs) ? 1 : 0;
            }
        }

        return (hits, _effects.Length > 0 ? hitsTreated : hits);
    }

    /// <summary>
    /// Simulates one chunk of trials into <paramref name="output"/> (and <paramref name="treated"/> when there are effects).
    /// </summary>
    /// <exception cref="SimulationLimitException">A trial expects more events than the options allow, or a loss is not finite.</exception>
    /// <exception cref="OperationCanceledException">Cancelled: checked every <see cref="EventsBetweenChecks"/> events or trials in per-event mode.</exception>
    public void RunChunk(
        ulong seed, int scenario, int chunk, Span<double> output, Span<double> treated, double vulnerability, double treatedVulnerability,
        ref ChunkStats stats, CancellationToken cancellationToken)
    {
        if (_effects.Length == 0 && _frequency == FrequencyMode.ExpectedLoss)
        {
            RunChunkColumns(seed, scenario, chunk, output, vulnerability, ref stats);
        }
        else if (_effects.Length > 0)
        {
            RunChunk<On>(seed, scenario, chunk, output, treated, vulnerability, treatedVulnerability, ref stats, cancellationToken);
        }
        else
        {
            RunChunk<Off>(seed, scenario, chunk, output, treated, vulnerability, treatedVulnerability, ref stats, cancellationToken);
        }

        // Overflow is checked once per chunk, not per event: one vector pass over 8,192 losses costs far less than drawing them.
        if (!AllFinite(output) || (_effects.Length > 0 && !AllFinite(treated)))
        {
            throw SimulationLimitException.NonFinite();
        }
    }

    /// <summary>Whether every value is finite: x · 0 is 0 for a finite x and NaN for ±∞ or NaN.</summary>
    [MethodImpl(Jit.Hot)]
    public static bool AllFinite(ReadOnlySpan<double> values)
    {
        var vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(values);
        var acc = System.Numerics.Vector<double>.Zero;
        foreach (var v in vectors)
        {
            acc += v * System.Numerics.Vector<double>.Zero;
        }

        var sum = System.Numerics.Vector.Sum(acc);
        for (var i = vectors.Length * System.Numerics.Vector<double>.Count; i < values.Length; i++)
        {
            sum += values[i] * 0;
        }

        return sum == 0;
    }

    /// <summary>
    /// The fast path (no controls, LEF × LM): each input fills a block of trials from its own stream, then vector
    /// arithmetic combines the blocks. Every input sees the same draws as in the per-trial loop, so both paths give
    /// the same annual losses.
    /// </summary>
    [MethodImpl(Jit.Hot)]
    private void RunChunkColumns(ulong seed, int scenario, int chunk, Span<double> output, double vScalar, ref ChunkStats stats)
    {
        const int Block = 1024;
        Span<Xoshiro256x4> rng = stackalloc Xoshiro256x4[EventStream];
        InitStreams(rng, seed, scenario, chunk);
        Span<double> freq = stackalloc double[Block];
        Span<double> a = stackalloc double[Block];
        Span<double> b = stackalloc double[Block];
        Span<double> lm = stackalloc double[Block];
        Span<double> slef = stackalloc double[Block];
        var scalar = ScalarVulnerability;
        for (var start = 0; start < output.Length; start += Block)
        {
            var len = Math.Min(Block, output.Length - start);
            var f = freq[..len];
            var x = a[..len];
            var y = b[..len];
            var m = lm[..len];
            if (_lefDirect)
            {
                Fill(rng, Lef, f);
            }
            else
            {
                if (_tefDirect)
                {
                    Fill(rng, Tef, f);
                }
                else
                {
                    Fill(rng, Cf, f);
                    Fill(rng, Poa, x);
                    Product(f, f, x);
                }

                stats.Tef.AddRange(f);
                if (scalar)
                {
                    Scale(f, vScalar); // TCap and RS have their own streams: not drawing them leaves every other draw unchanged
                }
                else
                {
                    if (_vulnDirect)
                    {
                        Fill(rng, Vuln, x);
                    }
                    else
                    {
                        Fill(rng, Tcap, x);
                        Fill(rng, Rs, y);
                        GreaterThanIndicator(x, y); // x[i] := TCap > RS ? 1 : 0
                    }

                    stats.Vulnerability.AddRange(x);
                    Product(f, f, x);
                }
            }

            stats.Lef.AddRange(f);
            Loss(rng, Pl, _plSingle, _plForms, m, y);
            if (_hasSecondary)
            {
                var s = slef[..len];
                Fill(rng, Slef, s);
                Loss(rng, Sl, _slSingle, _slForms, x, y);
                MultiplyAdd(m, s, x); // lm += slef × sl
            }

            stats.Lm.AddRange(m);
            Product(output.Slice(start, len), f, m);
        }
    }

    private void Fill(Span<Xoshiro256x4> rng, int slot, Span<double> destination) => _samplers[slot].Fill(destination, ref rng[slot]);

    [MethodImpl(Jit.Hot)]
    private void Loss(Span<Xoshiro256x4> rng, int single, bool isSingle, int[] forms, Span<double> destination, Span<double> scratch)
    {
        if (isSingle)
        {
            Fill(rng, single, destination);
            return;
        }

        destination.Clear();
        foreach (var slot in forms)
        {
            Fill(rng, slot, scratch[..destination.Length]);
            for (var i = 0; i < destination.Length; i++)
            {
                destination[i] += scratch[i];
            }
        }
    }

    // The column loops below are element-wise, so their vector and scalar forms give the same bits (no fused
    // multiply-add: x · y + t rounds twice in both). Vector<double> is 4 lanes with AVX2, 2 on Arm64.
    [MethodImpl(Jit.Hot)]
    private static void Scale(Span<double> target, double factor)
    {
        var vectors = MemoryMarshal.Cast<double, Vector<double>>(target);
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] *= factor;
        }

        for (var i = vectors.Length * Vector<double>.Count; i < target.Length; i++)
        {
            target[i] *= factor;
        }
    }

    /// <summary>target := x · y, element by element; target may be x (each element is read before it is written).</summary>
    [MethodImpl(Jit.Hot)]
    private static void Product(Span<double> target, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var t = MemoryMarshal.Cast<double, Vector<double>>(target);
        var a = MemoryMarshal.Cast<double, Vector<double>>(x);
        var b = MemoryMarshal.Cast<double, Vector<double>>(y);
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = a[i] * b[i];
        }

        for (var i = t.Length * Vector<double>.Count; i < target.Length; i++)
        {
            target[i] = x[i] * y[i];
        }
    }

    [MethodImpl(Jit.Hot)]
    private static void MultiplyAdd(Span<double> target, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var t = MemoryMarshal.Cast<double, Vector<double>>(target);
        var a = MemoryMarshal.Cast<double, Vector<double>>(x);
        var b = MemoryMarshal.Cast<double, Vector<double>>(y);
        for (var i = 0; i < t.Length; i++)
        {
            t[i] += a[i] * b[i];
        }

        for (var i = t.Length * Vector<double>.Count; i < target.Length; i++)
        {
            target[i] += x[i] * y[i];
        }
    }

    [MethodImpl(Jit.Hot)]
    private static void GreaterThanIndicator(Span<double> x, ReadOnlySpan<double> y)
    {
        var a = MemoryMarshal.Cast<double, Vector<double>>(x);
        var b = MemoryMarshal.Cast<double, Vector<double>>(y);
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = Vector.ConditionalSelect(Vector.GreaterThan(a[i], b[i]), Vector<double>.One, Vector<double>.Zero);
        }

        for (var i = a.Length * Vector<double>.Count; i < x.Length; i++)
        {
            x[i] = x[i] > y[i] ? 1 : 0;
        }
    }

    [MethodImpl(Jit.Hot)]
    private void RunChunk<TEffects>(
        ulong seed, int scenario, int chunk, Span<double> output, Span<double> treated, double vScalar, double vScalarTreated,
        ref ChunkStats stats, CancellationToken cancellationToken)
        where TEffects : struct, IFlag
    {
        var sinceCheck = 0;
        var effects = default(TEffects).Value;
        Span<Xoshiro256x4> rng = stackalloc Xoshiro256x4[EffectStream + _effects.Length];
        InitStreams(rng, seed, scenario, chunk);
        Span<double> factor = stackalloc double[Slots];
        Span<double> shift = stackalloc double[Slots];
        factor.Fill(1);
        var scalar = ScalarVulnerability;
        var perEvent = _frequency == FrequencyMode.PerEvent;

        for (var i = 0; i < output.Length; i++)
        {
            if (effects)
            {
                DrawEffects(rng, factor, shift);
            }

            // Frequency.
            double lef, lefT = 0, tef = 0, v = 1;
            if (_lefDirect)
            {
                lef = Draw(rng, Lef);
                if (effects)
                {
                    lefT = Treat(factor, shift, Lef, lef);
                }
            }
            else
            {
                double tefT = 0, vT = 1;
                if (_tefDirect)
                {
                    tef = Draw(rng, Tef);
                    if (effects)
                    {
                        tefT = Treat(factor, shift, Tef, tef);
                    }
                }
                else
                {
                    var cf = Draw(rng, Cf);
                    var poa = Draw(rng, Poa);
                    tef = cf * poa;
                    if (effects)
                    {
                        tefT = Treat(factor, shift, Tef, Treat(factor, shift, Cf, cf) * TreatProbability(factor, shift, Poa, poa));
                    }
                }

                if (_vulnDirect)
                {
                    v = Draw(rng, Vuln);
                    if (effects)
                    {
                        vT = TreatProbability(factor, shift, Vuln, v);
                    }
                }
                else if (scalar)
                {
                    v = vScalar;
                    if (effects)
                    {
                        vT = TreatProbability(factor, shift, Vuln, vScalarTreated);
                    }
                }
                else
                {
                    var tc = Draw(rng, Tcap);
                    var rs = Draw(rng, Rs);
                    v = tc > rs ? 1 : 0;
                    if (effects)
                    {
                        vT = TreatProbability(factor, shift, Vuln, Treat(factor, shift, Tcap, tc) > Treat(factor, shift, Rs, rs) ? 1 : 0);
                    }
                }

                lef = tef * v;
                if (effects)
                {
                    lefT = Treat(factor, shift, Lef, tefT * vT);
                }

                stats.Tef.Add(tef);
                if (!scalar)
                {
                    stats.Vulnerability.Add(v);
                }
            }

            stats.Lef.Add(lef);
            if (effects)
            {
                stats.TreatedLef.Add(lefT);
            }

            // Magnitude.
            if (!perEvent)
            {
                var pl = PrimaryLoss<TEffects>(rng, factor, out var plT);
                double lm = pl, lmT = plT;
                if (_hasSecondary)
                {
                    var slef = Draw(rng, Slef);
                    var sl = SecondaryLoss<TEffects>(rng, factor, out var slT);
                    lm += slef * sl;
                    if (effects)
                    {
                        lmT += TreatProbability(factor, shift, Slef, slef) * slT;
                    }
                }

                stats.Lm.Add(lm);
                output[i] = lef * lm;
                if (effects)
                {
                    treated[i] = lefT * lmT;
                }

                continue;
            }

            // Per-trial work is bounded: a trial may expect at most MaxEventsPerTrial events (the Poisson count then stays
            // within a few standard deviations of it). !(x <= max) also stops a NaN frequency.
            if (!(lef <= _maxEvents) || (effects && !(lefT <= _maxEvents)))
            {
                throw TooManyEvents();
            }

            if ((sinceCheck += 1) >= EventsBetweenChecks)
            {
                sinceCheck = 0;
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Negative binomial counts: a Poisson count whose rate is scaled by a Gamma(k, 1/k) factor of mean 1, drawn once
            // per year and shared by the treated count, so controls thin the same clustered year.
            var mix = 1.0;
            if (_dispersion > 0)
            {
                mix = Sampler.Gamma(ref rng[EventStream].Next(), _dispersionGamma.D, _dispersionGamma.C) / _dispersion;
                if (!(lef * mix <= _maxEvents) || (effects && !(lefT * mix <= _maxEvents)))
                {
                    throw TooManyEvents();
                }
            }

            var events = Sampler.Poisson(ref rng[EventStream].Next(), lef * mix);
            var slefBase = _hasSecondary ? Draw(rng, Slef) : 0;
            var slefTreated = effects && _hasSecondary ? TreatProbability(factor, shift, Slef, slefBase) : 0;
            var keep = effects && lef > 0 ? Math.Min(1, lefT / lef) : 1;
            double loss = 0, lossT = 0;
            for (var e = 0; e < events; e++)
            {
                var pl = PrimaryLoss<TEffects>(rng, factor, out var plT);
                double lm = pl, lmT = plT;
                var u = _hasSecondary ? rng[EventStream].NextDouble() : 1;
                var sl = 0.0;
                var slT = 0.0;
                if (u < slefBase)
                {
                    sl = SecondaryLoss<TEffects>(rng, factor, out slT);
                    lm += sl;
                }

                loss += lm;
                stats.Lm.Add(lm);
                if (++sinceCheck >= EventsBetweenChecks)
                {
                    sinceCheck = 0;
                    cancellationToken.ThrowIfCancellationRequested(); // also inside one long trial
                }

                if (effects && (keep >= 1 || rng[ControlEventStream].NextDouble() < keep))
                {
                    if (u < slefTreated)
                    {
                        lmT += u < slefBase ? slT : TreatedSecondaryFromControlStream(rng, factor);
                    }

                    lossT += lmT;
                }
            }

            if (effects && lefT > lef)
            {
                // A control that raises frequency: the extra events come from the control stream.
                var extra = Sampler.Poisson(ref rng[ControlEventStream].Next(), (lefT - lef) * mix);
                for (var e = 0; e < extra; e++)
                {
                    lossT += TreatedPrimaryFromControlStream(rng, factor)
                        + (rng[ControlEventStream].NextDouble() < slefTreated ? TreatedSecondaryFromControlStream(rng, factor) : 0);
                    if (++sinceCheck >= EventsBetweenChecks)
                    {
                        sinceCheck = 0;
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }
            }

            output[i] = loss;
            if (effects)
            {
                treated[i] = lossT;
            }
        }
    }

    private SimulationLimitException TooManyEvents() => new(
        RiskDiagnosticCodes.TooManyEvents, _frequencyPath,
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"In per-event mode a trial may expect at most {_maxEvents:N0} loss events (FairSimulationOptions.MaxEventsPerTrial); this frequency reaches more. Use the expected-loss frequency mode, or raise the limit."));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Draw(Span<Xoshiro256x4> rng, int slot) => _samplers[slot].Sample(ref rng[slot]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Treat(Span<double> factor, Span<double> shift, int slot, double value) => (value * factor[slot]) + shift[slot];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double TreatProbability(Span<double> factor, Span<double> shift, int slot, double value) =>
        Math.Clamp(Treat(factor, shift, slot, value), 0, 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double PrimaryLoss<TEffects>(Span<Xoshiro256x4> rng, Span<double> factor, out double treated)
        where TEffects : struct, IFlag => Loss<TEffects>(rng, factor, _plSingle, Pl, _plForms, out treated);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double SecondaryLoss<TEffects>(Span<Xoshiro256x4> rng, Span<double> factor, out double treated)
        where TEffects : struct, IFlag => Loss<TEffects>(rng, factor, _slSingle, Sl, _slForms, out treated);

    /// <summary>A loss per event: one estimate, or the sum of its forms; the treated value applies form and total factors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Loss<TEffects>(Span<Xoshiro256x4> rng, Span<double> factor, bool isSingle, int total, int[] forms, out double treated)
        where TEffects : struct, IFlag
    {
        if (isSingle)
        {
            var x = Draw(rng, total);
            treated = default(TEffects).Value ? x * factor[total] : 0;
            return x;
        }

        double sum = 0, sumT = 0;
        foreach (var slot in forms)
        {
            var x = Draw(rng, slot);
            sum += x;
            if (default(TEffects).Value)
            {
                sumT += x * factor[slot];
            }
        }

        treated = default(TEffects).Value ? sumT * factor[total] : 0;
        return sum;
    }

    private double TreatedPrimaryFromControlStream(Span<Xoshiro256x4> rng, Span<double> factor) =>
        TreatedLossFromControlStream(rng, factor, _plSingle, Pl, _plForms);

    private double TreatedSecondaryFromControlStream(Span<Xoshiro256x4> rng, Span<double> factor) =>
        TreatedLossFromControlStream(rng, factor, _slSingle, Sl, _slForms);

    /// <summary>A treated loss drawn from the control stream, for events that exist only with the controls.</summary>
    private double TreatedLossFromControlStream(Span<Xoshiro256x4> rng, Span<double> factor, bool isSingle, int total, int[] forms)
    {
        if (isSingle)
        {
            return _samplers[total].Sample(ref rng[ControlEventStream]) * factor[total];
        }

        double sum = 0;
        foreach (var slot in forms)
        {
            sum += _samplers[slot].Sample(ref rng[ControlEventStream]) * factor[slot];
        }

        return sum * factor[total];
    }

    private void DrawEffects(Span<Xoshiro256x4> rng, Span<double> factor, Span<double> shift)
    {
        foreach (var slot in _touched)
        {
            factor[slot] = 1;
            shift[slot] = 0;
        }

        for (var e = 0; e < _effects.Length; e++)
        {
            var (slot, kind, amount) = _effects[e];
            var x = amount.Sample(ref rng[EffectStream + e]);
            if (kind == ControlEffectKind.Reduce)
            {
                factor[slot] *= 1 - x;
            }
            else
            {
                shift[slot] += x;
            }
        }
    }

    private static void InitStreams(Span<Xoshiro256x4> rng, ulong seed, int scenario, int chunk)
    {
        for (var s = 0; s < rng.Length; s++)
        {
            rng[s] = Xoshiro256x4.ForStream(seed, scenario, chunk, s);
        }
    }

    private void Set(int slot, Estimate? estimate) => _samplers[slot] = estimate is null ? Sampler.Constant(0) : Sampler.From(estimate, _tables);
}

/// <summary>Per-chunk streaming statistics of the FAIR nodes and the vulnerability hit count.</summary>
internal struct ChunkStats
{
    public Moments Tef;
    public Moments Vulnerability;
    public Moments Lef;
    public Moments Lm;

    /// <summary>The loss event frequency with the controls' effects (only when the kernel has effects).</summary>
    public Moments TreatedLef;
}

/// <summary>A compile-time flag: the JIT specialises generic code on struct type arguments and removes dead branches.</summary>
internal interface IFlag
{
    bool Value { get; }
}

internal readonly struct On : IFlag
{
    public bool Value => true;
}

internal readonly struct Off : IFlag
{
    public bool Value => false;
}
