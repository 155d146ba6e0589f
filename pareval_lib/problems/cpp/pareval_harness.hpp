// pareval harness: the generic main shared by every problem driver.
//
// A driver defines one struct (call it Problem) and ends with PAREVAL_MAIN(Problem).
// The struct provides:
//   using Input = ...; using Output = ...;
//   static constexpr std::size_t default_size;           // timed input size
//   static std::vector<pareval::Case> validation_cases(); // small and edge-case inputs
//   static Input make_input(pareval::Rng& rng, std::size_t n, int variant);
//   static Output reference(const Input& in, pareval::Timer& timer);  // serial reference
//   static Output candidate(const Input& in, pareval::Timer& timer);  // calls the model's code
//   static bool check(const Input& in, const Output& expected, const Output& got);
// `candidate` and `reference` copy what they must outside the timed region and bracket the
// call with timer.start() / timer.stop().  Compiled with -DPAREVAL_MPI the same driver runs
// under MPI: every rank builds the same input from the same seed, every rank calls the
// candidate, and rank 0's output is checked against the serial reference.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <complex>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <memory>
#include <new>

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#ifdef PAREVAL_MPI
#include <mpi.h>
#endif

namespace pareval {

// ---- guarded inputs -------------------------------------------------------------------
// While an input is made (or copied), every allocation of at least one page gets pages of its
// own, at a random address, and is remembered. While the candidate runs, those pages are
// read-only: a write through its const input (an in-place sort, a const_cast) faults, and the
// handler reports it in one line. Each timed repetition gets a fresh copy at a new address, so
// no cache keyed on the input's address survives from one repetition to the next.
namespace guard {
constexpr std::size_t kMin = 4096;   // smaller allocations stay with malloc (map count)
constexpr std::size_t kHeader = 64;  // magic and length, before the user's bytes
constexpr std::size_t kSlots = 1024;
struct Block {
  char* base;
  std::size_t len;
};
inline Block g_blocks[kSlots];
inline std::size_t g_count = 0;
inline bool g_capture = false;
inline bool g_locked = false;
inline std::uint64_t g_magic = 0x9d2c5680a3b1f4e7ull;
inline std::uint64_t g_state = 0x2545f4914f6cdd1dull;

inline std::size_t page_size() {
  static const std::size_t p = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  return p;
}

inline void* take(std::size_t n) {
  if (!g_capture || n < kMin || g_count == kSlots) return nullptr;
  const std::size_t len = (n + kHeader + page_size() - 1) / page_size() * page_size();
  g_state ^= g_state << 13;
  g_state ^= g_state >> 7;
  g_state ^= g_state << 17;
  void* hint = reinterpret_cast<void*>(0x200000000000ull + (g_state % 0x100000000ull) * page_size());
  void* mem = mmap(hint, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) return nullptr;
  char* base = static_cast<char*>(mem);
  std::uint64_t* words = reinterpret_cast<std::uint64_t*>(base + kHeader - 16);
  words[0] = g_magic;
  words[1] = len;
  g_blocks[g_count++] = {base, len};
  return base + kHeader;
}

/// True when `p` was a guarded block (now unmapped); false: it came from malloc.
inline bool give_back(void* p) {
  if (p == nullptr) return true;
  const std::uint64_t* words = reinterpret_cast<const std::uint64_t*>(static_cast<char*>(p) - 16);
  if (words[0] != g_magic) return false;
  char* base = static_cast<char*>(p) - kHeader;
  for (std::size_t i = 0; i < g_count; ++i) {
    if (g_blocks[i].base == base) {
      munmap(base, g_blocks[i].len);
      g_blocks[i] = g_blocks[--g_count];
      return true;
    }
  }
  return false;
}

inline void lock(bool on) {
  for (std::size_t i = 0; i < g_count; ++i)
    mprotect(g_blocks[i].base, g_blocks[i].len, on ? PROT_READ : PROT_READ | PROT_WRITE);
  g_locked = on;
}

inline void on_fault(int sig, siginfo_t* info, void*) {
  const char* at = static_cast<const char*>(info->si_addr);
  for (std::size_t i = 0; g_locked && i < g_count; ++i) {
    if (at >= g_blocks[i].base && at < g_blocks[i].base + g_blocks[i].len) {
      static const char msg[] = "\nPAREVAL_INPUT_WRITTEN\n";
      (void)!write(1, msg, sizeof msg - 1);
      _exit(86);
    }
  }
  signal(sig, SIG_DFL);  // any other fault: the default action when the instruction runs again
}

inline void install(std::uint64_t seed) {
  g_magic ^= seed * 0x9E3779B97F4A7C15ull;
  g_state ^= seed | 1;
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
}

/// Makes `make()`'s allocations guarded blocks.
template <class F>
auto captured(F&& make) {
  g_capture = true;
  auto value = make();
  g_capture = false;
  return value;
}
}  // namespace guard

/// splitmix64: deterministic and identical on every platform (std distributions are not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform double in [lo, hi).
  double uniform(double lo = 0.0, double hi = 1.0) {
    return lo + (hi - lo) * static_cast<double>(next() >> 11) * 0x1.0p-53;
  }
  /// Uniform integer in [lo, hi] (inclusive).
  std::int64_t integer(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }

 private:
  std::uint64_t state_;
};

/// One validation input: its size, seed and a problem-defined variant (edge-case shape).
struct Case {
  std::size_t size;
  std::uint64_t seed;
  int variant;
};

/// Cases for each size in `sizes` (variant 0) plus extra (size, variant) pairs.
inline std::vector<Case> cases_for_sizes(const std::vector<std::size_t>& sizes,
                                         const std::vector<std::pair<std::size_t, int>>& extra = {}) {
  std::vector<Case> out;
  std::uint64_t seed = 1000;
  for (auto n : sizes) out.push_back({n, seed++, 0});
  for (auto& e : extra) out.push_back({e.first, seed++, e.second});
  return out;
}

inline int rank() {
#ifdef PAREVAL_MPI
  int r = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &r);
  return r;
#else
  return 0;
#endif
}

inline int world_size() {
#ifdef PAREVAL_MPI
  int s = 1;
  MPI_Comm_size(MPI_COMM_WORLD, &s);
  return s;
#else
  return 1;
#endif
}

inline double now() {
  using clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

/// Times the region between start() and stop(); collective timers put a barrier before start.
class Timer {
 public:
  explicit Timer(bool collective) : collective_(collective) {}
  void start() {
#ifdef PAREVAL_MPI
    if (collective_) MPI_Barrier(MPI_COMM_WORLD);
#endif
    t0_ = now();
  }
  void stop() { elapsed_ = now() - t0_; }
  double elapsed() const { return elapsed_; }

 private:
  bool collective_;
  double t0_ = 0.0;
  double elapsed_ = 0.0;
};

// ---- comparison helpers ---------------------------------------------------------------

inline bool close_enough(double expected, double got, double rtol = 1e-6, double atol = 1e-8) {
  if (std::isnan(expected)) return std::isnan(got);
  if (std::isinf(expected)) return expected == got;
  if (!std::isfinite(got)) return false;
  return std::fabs(expected - got) <= atol + rtol * std::fabs(expected);
}

inline bool close_enough(std::complex<double> expected, std::complex<double> got, double rtol = 1e-6,
                         double atol = 1e-8) {
  return close_enough(expected.real(), got.real(), rtol, atol) &&
         close_enough(expected.imag(), got.imag(), rtol, atol);
}

template <class T>
bool all_close(const std::vector<T>& expected, const std::vector<T>& got, double rtol = 1e-6,
               double atol = 1e-8) {
  if (expected.size() != got.size()) return false;
  for (std::size_t i = 0; i < expected.size(); ++i)
    if (!close_enough(expected[i], got[i], rtol, atol)) return false;
  return true;
}

// ---- the generic main -----------------------------------------------------------------

struct Options {
  std::size_t size = 0;
  int reps = 3;
  int warmup = 1;
  std::uint64_t seed = 42;
  bool time = true;
};

inline Options parse_options(int argc, char** argv, std::size_t default_size) {
  Options o;
  o.size = default_size;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string key = argv[i];
    const char* val = argv[i + 1];
    if (key == "--size") o.size = std::strtoull(val, nullptr, 10);
    else if (key == "--reps") o.reps = std::max(1, std::atoi(val));
    else if (key == "--warmup") o.warmup = std::max(0, std::atoi(val));
    else if (key == "--seed") o.seed = std::strtoull(val, nullptr, 10);
    else if (key == "--time") o.time = std::atoi(val) != 0;
  }
  return o;
}

inline bool all_ranks_agree(bool ok_on_root) {
#ifdef PAREVAL_MPI
  int v = ok_on_root ? 1 : 0;
  MPI_Bcast(&v, 1, MPI_INT, 0, MPI_COMM_WORLD);
  return v != 0;
#else
  return ok_on_root;
#endif
}

inline double max_over_ranks(double x) {
#ifdef PAREVAL_MPI
  double m = x;
  MPI_Allreduce(&x, &m, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
  return m;
#else
  return x;
#endif
}

inline double median(std::vector<double> v) {
  if (v.empty()) return -1.0;
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
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

template <class P>
int run_main(int argc, char** argv) {
#ifdef PAREVAL_MPI
  MPI_Init(&argc, &argv);
#endif
  // The nonce marks the harness's own result line; read it, then hide it from the candidate.
  const char* nonce_env = std::getenv("PAREVAL_NONCE");
  const std::string nonce = nonce_env ? nonce_env : "";
  unsetenv("PAREVAL_NONCE");

  guard::install(static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
                 static_cast<std::uint64_t>(getpid()));
  const Options opt = parse_options(argc, argv, P::default_size);
  const int me = rank();
  const int ranks = world_size();
  Timer collective(true), local(false);

  int cases_passed = 0;
  std::string failed_case;
  for (const Case& c : P::validation_cases()) {
    Rng rng(c.seed);
    const auto in = guard::captured([&] { return P::make_input(rng, c.size, c.variant); });
    typename P::Output expected{};
    if (me == 0) expected = P::reference(in, local);
    guard::lock(true);
    const typename P::Output got = P::candidate(in, collective);
    guard::lock(false);
    bool ok = true;
    if (me == 0) ok = P::check(in, expected, got);
    if (!all_ranks_agree(ok)) {
      failed_case = "size=" + std::to_string(c.size) + " variant=" + std::to_string(c.variant);
      break;
    }
    ++cases_passed;
  }

  bool valid = failed_case.empty();
  if (valid && me == 0) {  // every case passed: a timeout from here on is "slow", not "timeout"
    std::printf("\nPAREVAL_VALIDATED:%s\n", nonce.c_str());
    std::fflush(stdout);
  }
  std::vector<double> times, baseline_times;
  bool timed_ok = true;
  if (valid && opt.time) {
    Rng rng(opt.seed);
    const auto in = guard::captured([&] { return P::make_input(rng, opt.size, 0); });
    typename P::Output got{};
    for (int i = 0; i < opt.warmup + opt.reps; ++i) {
      // a fresh copy at a new address for every repetition, made outside the timed region
      auto fresh = guard::captured([&] { return std::make_unique<const typename P::Input>(in); });
      guard::lock(true);
      got = P::candidate(*fresh, collective);
      guard::lock(false);
      fresh.reset();
      const double t = max_over_ranks(collective.elapsed());
      if (i >= opt.warmup) times.push_back(t);
    }
    if (me == 0) {
      typename P::Output expected{};
      const int baseline_reps = ranks == 1 ? opt.warmup + opt.reps : 1;
      for (int i = 0; i < baseline_reps; ++i) {
        expected = P::reference(in, local);
        if (ranks == 1 && i >= opt.warmup) baseline_times.push_back(local.elapsed());
      }
      timed_ok = P::check(in, expected, got);
    }
    timed_ok = all_ranks_agree(timed_ok);
    if (!timed_ok) {
      valid = false;
      failed_case = "timed input size=" + std::to_string(opt.size);
    }
  }

  if (me == 0) {
    std::printf("\nPAREVAL_RESULT:%s:{\"valid\":%s,\"cases_passed\":%d,\"failed_case\":%s,"
                "\"ranks\":%d,\"size\":%zu,\"reps\":%d,\"runtime_s\":%s,\"times\":%s,"
                "\"baseline_s\":%s}\n",
                nonce.c_str(), valid ? "true" : "false", cases_passed,
                failed_case.empty() ? "null" : ("\"" + failed_case + "\"").c_str(), ranks, opt.size,
                opt.reps, json_number(times.empty() ? -1.0 : median(times)).c_str(),
                json_list(times).c_str(),
                json_number(baseline_times.empty() ? -1.0 : median(baseline_times)).c_str());
    std::fflush(stdout);
  }
#ifdef PAREVAL_MPI
  MPI_Finalize();
#endif
  return 0;
}

}  // namespace pareval

/// Name of the serial reference solution, linked into the driver under this renamed symbol.
#define PAREVAL_REFERENCE(name) pareval_reference_##name

// The program's allocation functions (only the driver includes this header): guarded blocks
// while an input is made, malloc otherwise. Aligned forms keep the library's own.
void* operator new(std::size_t n) {
  if (void* p = ::pareval::guard::take(n)) return p;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return ::operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try { return ::operator new(n); } catch (...) { return nullptr; }
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  try { return ::operator new(n); } catch (...) { return nullptr; }
}
void operator delete(void* p) noexcept {
  if (!::pareval::guard::give_back(p)) std::free(p);
}
void operator delete[](void* p) noexcept { ::operator delete(p); }
void operator delete(void* p, std::size_t) noexcept { ::operator delete(p); }
void operator delete[](void* p, std::size_t) noexcept { ::operator delete(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { ::operator delete(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { ::operator delete(p); }

#define PAREVAL_MAIN(PROBLEM) \
  int main(int argc, char** argv) { return ::pareval::run_main<PROBLEM>(argc, argv); }
