// pareval harness, part two: the two programs a driver compiles to.
//
// The candidate program (the driver linked with the model's code, run in the sandbox) makes the
// inputs, calls the candidate, times it, and writes rank 0's outputs to the file named by --out:
// one record per validation case and one per timed repetition (a repetition whose bytes equal
// the first one's is written as "same"). It judges nothing.
//
// The checker program (the same driver built with -DPAREVAL_CHECKER and linked with the serial
// reference, never with a candidate) runs afterwards in a process of its own: it makes the same
// inputs from the same seeds, computes the expected outputs with the reference (or reads the
// timed input's from --expected, a cache written by an earlier check of the same input), reads
// the candidate's outputs and compares them with the driver's check(). Timed outputs that are
// the cached expected bytes exactly pass without the input being made again. With --baseline 1 it
// times the reference on the timed input (the serial baseline), away from the candidate.
#pragma once

#include <array>
#include <cerrno>
#include <map>
#include <tuple>
#include <type_traits>
#include <utility>

#include <fcntl.h>
#ifdef PAREVAL_OPENMP
#include <omp.h>
#endif
#include <sys/stat.h>

namespace pareval {

// ---- outputs as bytes -----------------------------------------------------------------
namespace io {
struct Writer {
  std::string bytes;
  void raw(const void* p, std::size_t n) { bytes.append(static_cast<const char*>(p), n); }
};

struct Reader {
  const char* p;
  const char* end;
  bool ok = true;
  std::size_t left() const { return static_cast<std::size_t>(end - p); }
  bool raw(void* dst, std::size_t n) {
    if (!ok || left() < n) return ok = false;
    if (n) std::memcpy(dst, p, n);
    p += n;
    return true;
  }
};

struct NoFields {};
NoFields pareval_fields(...);  // a driver's own overload (found by ADL) names a struct's members

template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T> struct is_pair : std::false_type {};
template <class A, class B> struct is_pair<std::pair<A, B>> : std::true_type {};
template <class T> struct is_array : std::false_type {};
template <class T, std::size_t N> struct is_array<std::array<T, N>> : std::true_type {};
template <class T> struct is_complex : std::false_type {};
template <class T> struct is_complex<std::complex<T>> : std::true_type {};
template <class T>
constexpr bool has_fields = !std::is_same_v<decltype(pareval_fields(std::declval<T&>())), NoFields>;
template <class E>
constexpr bool bulk = std::is_trivially_copyable_v<E> && !std::is_same_v<E, bool> && !has_fields<E>;

template <class T>
void put(Writer& w, const T& v) {
  if constexpr (is_vector<T>::value || std::is_same_v<T, std::string>) {
    using E = typename T::value_type;
    const std::uint64_t n = v.size();
    w.raw(&n, sizeof n);
    if constexpr (bulk<E>) {
      if (n) w.raw(v.data(), n * sizeof(E));
    } else {
      for (std::size_t i = 0; i < v.size(); ++i) put(w, static_cast<const E&>(v[i]));
    }
  } else if constexpr (std::is_same_v<T, bool>) {
    const unsigned char c = v ? 1 : 0;
    w.raw(&c, 1);
  } else if constexpr (is_pair<T>::value) {
    put(w, v.first);
    put(w, v.second);
  } else if constexpr (is_array<T>::value) {
    for (const auto& e : v) put(w, e);
  } else if constexpr (is_complex<T>::value) {
    put(w, v.real());
    put(w, v.imag());
  } else if constexpr (has_fields<T>) {
    std::apply([&](const auto&... f) { (put(w, f), ...); }, pareval_fields(v));
  } else {
    static_assert(std::is_trivially_copyable_v<T>,
                  "name this Output's members with pareval_fields (see pareval_harness.hpp)");
    w.raw(&v, sizeof v);
  }
}

template <class T>
bool get(Reader& r, T& v) {
  if constexpr (is_vector<T>::value || std::is_same_v<T, std::string>) {
    using E = typename T::value_type;
    std::uint64_t n = 0;
    if (!r.raw(&n, sizeof n)) return false;
    if constexpr (bulk<E>) {
      if (n > r.left() / sizeof(E)) return r.ok = false;
      v.resize(n);
      r.raw(v.data(), n * sizeof(E));
    } else {
      if (n > r.left()) return r.ok = false;  // every element takes at least a byte
      v.resize(n);
      for (std::size_t i = 0; i < n && r.ok; ++i) {
        E e{};
        if (get(r, e)) v[i] = e;
      }
    }
  } else if constexpr (std::is_same_v<T, bool>) {
    unsigned char c = 0;
    if (r.raw(&c, 1)) v = c != 0;
  } else if constexpr (is_pair<T>::value) {
    get(r, v.first) && get(r, v.second);
  } else if constexpr (is_array<T>::value) {
    for (auto& e : v)
      if (!get(r, e)) break;
  } else if constexpr (is_complex<T>::value) {
    typename T::value_type re{}, im{};
    if (get(r, re) && get(r, im)) v = T(re, im);
  } else if constexpr (has_fields<T>) {
    std::apply([&](auto&... f) { (get(r, f) && ...); }, pareval_fields(v));
  } else {
    r.raw(&v, sizeof v);
  }
  return r.ok;
}

template <class T>
std::string encode(const T& v) {
  Writer w;
  put(w, v);
  return std::move(w.bytes);
}

/// encode into `out`, reusing its buffer (no new pages for each timed repetition's outputs).
template <class T>
void encode_into(std::string& out, const T& v) {
  Writer w;
  w.bytes.swap(out);
  w.bytes.clear();
  put(w, v);
  out.swap(w.bytes);
}

/// True when `bytes` is exactly one encoded T (nothing missing, nothing left over).
template <class T>
bool decode(const std::string& bytes, std::size_t at, std::size_t len, T& v) {
  Reader r{bytes.data() + at, bytes.data() + at + len};
  return get(r, v) && r.left() == 0;
}
}  // namespace io

// ---- the outputs file -----------------------------------------------------------------
constexpr char kFileMagic[8] = {'P', 'A', 'R', 'E', 'V', 'A', 'L', '1'};
enum Kind : std::uint8_t { kCase = 1, kTimed = 2, kSame = 3 };

class OutputFile {
 public:
  explicit OutputFile(const std::string& path) {
    if (path.empty()) return;
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd_ >= 0) write_all(kFileMagic, sizeof kFileMagic);
  }
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  bool good() const { return fd_ >= 0 && good_; }
  void record(Kind kind, std::size_t index, const std::string& bytes) {
    if (fd_ < 0) return;
    char head[13];
    const std::uint8_t k = kind;
    const std::uint32_t i = static_cast<std::uint32_t>(index);
    const std::uint64_t n = bytes.size();
    std::memcpy(head, &k, 1);
    std::memcpy(head + 1, &i, 4);
    std::memcpy(head + 5, &n, 8);
    write_all(head, sizeof head);
    write_all(bytes.data(), bytes.size());
  }

 private:
  void write_all(const char* p, std::size_t n) {
    while (n > 0 && good_) {
      const ssize_t k = ::write(fd_, p, n);
      if (k < 0 && errno == EINTR) continue;
      if (k <= 0) {
        good_ = false;
        return;
      }
      p += k;
      n -= static_cast<std::size_t>(k);
    }
  }
  int fd_ = -1;
  bool good_ = true;
};

struct Entry {
  std::size_t at, len;
  bool same;  // a repetition whose bytes equal the first repetition's
};

/// (kind, index) -> where its bytes are in `data`; false when the file is malformed.
inline bool parse_records(const std::string& data, std::map<std::pair<int, std::size_t>, Entry>& out) {
  if (data.size() < sizeof kFileMagic || std::memcmp(data.data(), kFileMagic, sizeof kFileMagic) != 0) return false;
  std::size_t at = sizeof kFileMagic;
  while (at < data.size()) {
    if (data.size() - at < 13) return false;
    std::uint8_t k;
    std::uint32_t i;
    std::uint64_t n;
    std::memcpy(&k, data.data() + at, 1);
    std::memcpy(&i, data.data() + at + 1, 4);
    std::memcpy(&n, data.data() + at + 5, 8);
    at += 13;
    if (n > data.size() - at || k < kCase || k > kSame) return false;
    const int kind = k == kSame ? kTimed : k;
    if (!out.emplace(std::make_pair(kind, std::size_t{i}), Entry{at, n, k == kSame}).second) return false;
    at += n;
  }
  return true;
}

inline bool read_file(const std::string& path, std::string& data) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  std::fclose(f);
  return true;
}

// ---- options and small helpers --------------------------------------------------------
struct Options {
  std::size_t size = 0;
  int reps = 3;       // timed repetitions at least
  int max_reps = 0;   // at most (0: exactly reps)
  double target_spread = 0.0;  // keep timing while the last reps' (max - min) / median exceeds it
  double max_timed = 0.0;      // ... and the timed repetitions add up to less than this many seconds
  int checked = -1;   // checker: how many timed repetitions the candidate ran (-1: reps)
  int warmup = 1;
  std::uint64_t seed = 42;      // the timed input's
  std::uint64_t case_seed = 0;  // mixed into each validation case's seed (0: the driver's own)
  bool cases = true;
  bool time = true;
  bool baseline = false;
  bool handshake = false;  // checker's baseline: wait for a line on stdin after making the input
  bool calibrate = false;  // checker: only run the reference as a candidate's launch would, and say how long
  std::string out, outputs, expected;
};

inline Options parse_options(int argc, char** argv, std::size_t default_size) {
  Options o;
  o.size = default_size;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    const char* val = argv[i + 1];
    if (key == "--size") o.size = std::strtoull(val, nullptr, 10);
    else if (key == "--reps") o.reps = std::max(1, std::atoi(val));
    else if (key == "--warmup") o.warmup = std::max(0, std::atoi(val));
    else if (key == "--max-reps") o.max_reps = std::atoi(val);
    else if (key == "--target-spread") o.target_spread = std::atof(val);
    else if (key == "--max-timed") o.max_timed = std::atof(val);
    else if (key == "--checked") o.checked = std::atoi(val);
    else if (key == "--seed") o.seed = std::strtoull(val, nullptr, 10);
    else if (key == "--case-seed") o.case_seed = std::strtoull(val, nullptr, 10);
    else if (key == "--cases") o.cases = std::atoi(val) != 0;
    else if (key == "--time") o.time = std::atoi(val) != 0;
    else if (key == "--baseline") o.baseline = std::atoi(val) != 0;
    else if (key == "--calibrate") o.calibrate = std::atoi(val) != 0;
    else if (key == "--handshake") o.handshake = std::atoi(val) != 0;
    else if (key == "--out") o.out = val;
    else if (key == "--outputs") o.outputs = val;
    else if (key == "--expected") o.expected = val;
  }
  return o;
}

inline std::uint64_t case_seed(std::uint64_t seed, std::uint64_t run_seed) {
  if (run_seed == 0) return seed;
  Rng mix(seed ^ (run_seed * 0x9E3779B97F4A7C15ull));
  return mix.next();
}

// Whether to time another repetition after ``t``: always up to reps; then, with reps >= 2 and an
// adaptive bound, while the last reps repetitions spread by more than the target and the timing so
// far (``spent``: the loop's wall seconds, warm-up and each repetition's fresh copy of the input
// included, so that the bound is on what timing costs) is under max_timed. The times and ``spent``
// are the maximum over ranks, the same on every rank, so every rank takes the same decision.
inline bool keep_timing(const std::vector<double>& t, const Options& o, double spent) {
  const int n = static_cast<int>(t.size());
  if (n < o.reps) return true;
  if (o.reps < 2 || n >= o.max_reps || o.target_spread <= 0) return false;
  double sum = 0;
  for (double x : t) sum += x;
  if (std::max(sum, spent) >= o.max_timed) return false;
  std::vector<double> last(t.end() - o.reps, t.end());
  std::sort(last.begin(), last.end());
  const double median = o.reps % 2 ? last[o.reps / 2] : 0.5 * (last[o.reps / 2 - 1] + last[o.reps / 2]);
  return median > 0 && (last.back() - last.front()) / median > o.target_spread;
}

/// The maximum over ranks of each of `x` (in place).
inline void max_over_ranks(double* x, int n) {
#ifdef PAREVAL_MPI
  MPI_Allreduce(MPI_IN_PLACE, x, n, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
#else
  (void)x;
  (void)n;
#endif
}

inline std::string json_number(double x) {
  if (!std::isfinite(x) || x < 0) return "null";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", x);
  return buf;
}

inline std::string json_list(const std::vector<double>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + json_number(v[i]);
  return s + "]";
}

inline std::string case_name(const Case& c) {
  return "size=" + std::to_string(c.size) + " variant=" + std::to_string(c.variant);
}

// ---- the candidate program ------------------------------------------------------------
template <class P>
int candidate_main(int argc, char** argv) {
#if defined(PAREVAL_MPI) && defined(PAREVAL_OPENMP)
  int provided = 0;  // OpenMP threads inside each rank; only the rank's main thread calls MPI
  MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided);
#elif defined(PAREVAL_MPI)
  MPI_Init(&argc, &argv);
#endif
#ifdef PAREVAL_OPENMP
  const int threads = omp_get_max_threads();  // from OMP_NUM_THREADS, before the candidate runs
#else
  const int threads = 1;
#endif
  // The nonce marks the harness's own result line; read it, then hide it from the candidate.
  const char* nonce_env = std::getenv("PAREVAL_NONCE");
  const std::string nonce = nonce_env ? nonce_env : "";
  unsetenv("PAREVAL_NONCE");
  guard::install(static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
                 static_cast<std::uint64_t>(getpid()));
  const Options opt = parse_options(argc, argv, P::default_size);
  const int me = rank();
  OutputFile out(me == 0 ? opt.out : std::string());
  Timer collective(true);

  std::size_t cases = 0;
  if (opt.cases) {
    const std::vector<Case> all = P::validation_cases();
    for (; cases < all.size(); ++cases) {
      const Case& c = all[cases];
      Rng rng(case_seed(c.seed, opt.case_seed));
      const auto in = guard::captured([&] { return P::make_input(rng, c.size, c.variant); });
      guard::lock(true);
      const typename P::Output got = P::candidate(in, collective);
      guard::lock(false);
      if (me == 0) out.record(kCase, cases, io::encode(got));
    }
    if (me == 0) {  // a timeout from here on is "slow" if the checker accepts these outputs
      std::printf("\nPAREVAL_CASES_DONE:%s\n", nonce.c_str());
      std::fflush(stdout);
    }
  }

  std::vector<double> times;
  if (opt.time) {
    Rng rng(opt.seed);
    const auto in = guard::captured([&] { return P::make_input(rng, opt.size, 0); });
    std::string first, bytes;
    const double loop_start = now();
    double spent = 0;
    for (int i = 0; i < opt.warmup || keep_timing(times, opt, spent); ++i) {
      // a fresh copy at a new address for every repetition, made outside the timed region
      auto fresh = guard::captured([&] { return std::make_unique<const typename P::Input>(in); });
      guard::lock(true);
      const typename P::Output got = P::candidate(*fresh, collective);
      guard::lock(false);
      fresh.reset();
      double both[2] = {collective.elapsed(), now() - loop_start};
      max_over_ranks(both, 2);
      const double t = both[0];
      spent = both[1];
      if (i >= opt.warmup) times.push_back(t);
      if (me == 0) {
        io::encode_into(bytes, got);
        if (i > 0 && bytes == first) {
          out.record(kSame, i, std::string());
        } else {
          out.record(kTimed, i, bytes);
          if (i == 0) first = bytes;
        }
      }
    }
  }

  if (me == 0) {
    std::printf("\nPAREVAL_RESULT:%s:{\"ranks\":%d,\"threads\":%d,\"size\":%zu,\"reps\":%d,\"warmup\":%d,\"cases\":%zu,"
                "\"written\":%s,\"times\":%s}\n",
                nonce.c_str(), world_size(), threads, opt.size, static_cast<int>(times.size()), opt.warmup, cases,
                out.good() ? "true" : "false", json_list(times).c_str());
    std::fflush(stdout);
  }
#ifdef PAREVAL_MPI
  MPI_Finalize();
#endif
  return 0;
}

// ---- the checker program --------------------------------------------------------------
constexpr char kExpectedMagic[8] = {'P', 'A', 'R', 'E', 'V', 'A', 'L', 'X'};

/// The expected outputs' file of this input (its encoded outputs from byte `head` on), or false.
inline bool read_expected(const Options& opt, std::string& data, std::size_t& head) {
  head = sizeof kExpectedMagic + 16;
  std::uint64_t size = 0, seed = 0;
  if (opt.expected.empty() || !read_file(opt.expected, data)) return false;
  if (data.size() < head || std::memcmp(data.data(), kExpectedMagic, sizeof kExpectedMagic) != 0) return false;
  std::memcpy(&size, data.data() + 8, 8);
  std::memcpy(&seed, data.data() + 16, 8);
  return size == opt.size && seed == opt.seed;
}

template <class Output>
bool load_expected(const Options& opt, Output& expected) {
  std::string data;
  std::size_t head = 0;
  return read_expected(opt, data, head) && io::decode(data, head, data.size() - head, expected);
}

/// Whether each of the first `timed` repetitions' outputs is, byte for byte, the expected outputs
/// already computed for this input: they pass then (they are the reference's own outputs) without
/// making the input again.
inline bool all_expected(const Options& opt, const std::string& data,
                         const std::map<std::pair<int, std::size_t>, Entry>& records, int timed) {
  std::string cached;
  std::size_t head = 0;
  if (timed < 1 || !read_expected(opt, cached, head)) return false;
  const std::size_t n = cached.size() - head;
  for (int i = 0; i < timed; ++i) {
    const auto it = records.find({kTimed, static_cast<std::size_t>(i)});
    if (it == records.end() || (it->second.same && i == 0)) return false;
    if (it->second.same) continue;  // the first repetition's bytes
    if (it->second.len != n || std::memcmp(data.data() + it->second.at, cached.data() + head, n) != 0) return false;
  }
  return true;
}

template <class Output>
void store_expected(const Options& opt, const Output& expected) {
  if (opt.expected.empty()) return;
  std::string data(kExpectedMagic, sizeof kExpectedMagic);
  const std::uint64_t size = opt.size, seed = opt.seed;
  data.append(reinterpret_cast<const char*>(&size), 8);
  data.append(reinterpret_cast<const char*>(&seed), 8);
  data += io::encode(expected);
  const std::string tmp = opt.expected + ".tmp." + std::to_string(getpid());
  if (FILE* f = std::fopen(tmp.c_str(), "wb")) {
    const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
    if (std::fclose(f) == 0 && ok) std::rename(tmp.c_str(), opt.expected.c_str());
    else std::remove(tmp.c_str());
  }
}

// The calibration (run timeouts scale with it): the reference through a candidate's launch, the
// validation cases and then the timed input's warm-up and repetitions, in wall seconds.
template <class P>
int calibrate_main(const Options& opt) {
  const double start = now();
  Timer local(false);
  if (opt.cases) {
    for (const Case& c : P::validation_cases()) {
      Rng rng(case_seed(c.seed, opt.case_seed));
      const typename P::Input in = P::make_input(rng, c.size, c.variant);
      (void)P::reference(in, local);
    }
  }
  if (opt.time) {
    Rng rng(opt.seed);
    const typename P::Input in = P::make_input(rng, opt.size, 0);
    for (int i = 0; i < opt.warmup + opt.reps; ++i) {
      auto copy = std::make_unique<const typename P::Input>(in);
      (void)P::reference(*copy, local);
    }
  }
  std::printf("{\"calibration_s\":%s}\n", json_number(now() - start).c_str());
  return 0;
}

template <class P>
int checker_main(int argc, char** argv) {
  const Options opt = parse_options(argc, argv, P::default_size);
  if (opt.calibrate) return calibrate_main<P>(opt);
  std::string data, failed;
  std::map<std::pair<int, std::size_t>, Entry> records;
  if (!read_file(opt.outputs, data)) failed = "no outputs file";
  else if (!parse_records(data, records)) failed = "an outputs file the harness did not write";
  Timer local(false);

  std::size_t cases = 0, cases_passed = 0;
  if (failed.empty() && opt.cases) {
    const std::vector<Case> all = P::validation_cases();
    cases = all.size();
    for (std::size_t i = 0; i < all.size() && failed.empty(); ++i) {
      const Case& c = all[i];
      const auto it = records.find({kCase, i});
      if (it == records.end()) {
        failed = case_name(c) + " (no output)";
        break;
      }
      Rng rng(case_seed(c.seed, opt.case_seed));
      const typename P::Input in = P::make_input(rng, c.size, c.variant);
      const typename P::Output expected = P::reference(in, local);
      typename P::Output got{};
      if (!io::decode(data, it->second.at, it->second.len, got)) failed = case_name(c) + " (unreadable output)";
      else if (!P::check(in, expected, got)) failed = case_name(c);
      else ++cases_passed;
    }
  }

  std::vector<double> baseline;
  int timed_checked = 0;
  const int timed = opt.warmup + (opt.checked >= 0 ? opt.checked : opt.reps);
  const bool as_expected = failed.empty() && opt.time && !opt.baseline && all_expected(opt, data, records, timed);
  if (as_expected) {
    timed_checked = timed;  // the expected outputs exactly: nothing to decode, no input to make
  } else if (failed.empty() && opt.time) {
    Rng rng(opt.seed);
    const typename P::Input in = P::make_input(rng, opt.size, 0);
    typename P::Output expected{};
    if (opt.baseline) {  // the serial reference, timed like the candidate: fresh copies, warm-up first
      if (opt.handshake) {  // the input is made: say so, and time only once told to (builds stopped)
        std::printf("PAREVAL_INPUT_READY\n");
        std::fflush(stdout);
        char go[16];
        if (std::fgets(go, sizeof go, stdin) == nullptr) { /* no one to wait for: time now */ }
      }
      const double loop_start = now();
      double spent = 0;
      for (int i = 0; i < opt.warmup || keep_timing(baseline, opt, spent); ++i) {  // the candidate's rule
        auto copy = std::make_unique<const typename P::Input>(in);
        expected = P::reference(*copy, local);
        if (i >= opt.warmup) baseline.push_back(local.elapsed());
        spent = now() - loop_start;
      }
      if (opt.handshake) {  // timing done: what follows (checking the outputs) may share the machine
        std::printf("PAREVAL_BASELINE_DONE\n");
        std::fflush(stdout);
      }
      store_expected(opt, expected);
    } else if (!load_expected(opt, expected)) {
      expected = P::reference(in, local);
      store_expected(opt, expected);
    }
    const std::string where = "timed input size=" + std::to_string(opt.size);
    const Entry* first = nullptr;
    for (int i = 0; i < timed && failed.empty(); ++i) {
      const auto it = records.find({kTimed, static_cast<std::size_t>(i)});
      if (it == records.end() || (it->second.same && first == nullptr)) {
        failed = where + " (no output for repetition " + std::to_string(i + 1) + ")";
        break;
      }
      if (it->second.same) {  // the same bytes as the first repetition, already checked
        ++timed_checked;
        continue;
      }
      if (i == 0) first = &it->second;
      typename P::Output got{};
      if (!io::decode(data, it->second.at, it->second.len, got)) {
        failed = where + " (unreadable output)";
      } else if (!P::check(in, expected, got)) {
        failed = where + (timed > 1 ? " (repetition " + std::to_string(i + 1) + ")" : "");
      } else {
        ++timed_checked;
      }
    }
  }

  std::printf("{\"cases\":%zu,\"cases_passed\":%zu,\"failed_case\":%s,\"timed_checked\":%d,"
              "\"timed_as_expected\":%s,\"baseline_times\":%s}\n",
              cases, cases_passed, failed.empty() ? "null" : ("\"" + failed + "\"").c_str(), timed_checked,
              as_expected ? "true" : "false", json_list(baseline).c_str());
  return 0;
}

}  // namespace pareval
