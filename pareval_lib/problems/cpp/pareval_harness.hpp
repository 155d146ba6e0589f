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
// candidate, and rank 0's outputs are written to a file.
//
// The verdict is not given in the candidate's process. The same driver compiled with
// -DPAREVAL_CHECKER (and linked with the reference, never with a candidate) is the checker: a
// process of its own that rebuilds the inputs from the same seeds, computes the expected
// outputs, reads the candidate's outputs from the file and compares them with check(), and
// times the serial reference (the baseline). See pareval_main.hpp. An Output that is not a
// number, a vector, a pair, an array or a plain struct names its members for the file with
//   template <class S> friend auto pareval_fields(S& o) { return std::tie(o.a, o.b); }
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <complex>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>
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

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kGuard = false;  // the memory check's build: AddressSanitizer owns the heap
#else
inline constexpr bool kGuard = true;
#endif

// Blocks given back are kept (up to kSpares) with their pages, and a later block of the same length
// takes one of them over, moved to a fresh random address (mremap): the next repetition's copy of
// the input then lands at a new address without the kernel faulting in and zeroing every page again.
constexpr std::size_t kSpares = 64;
inline Block g_spares[kSpares];
inline std::size_t g_spare_count = 0;

inline void* fresh_mapping(std::size_t len) {
  g_state ^= g_state << 13;
  g_state ^= g_state >> 7;
  g_state ^= g_state << 17;
  void* hint = reinterpret_cast<void*>(0x200000000000ull + (g_state % 0x100000000ull) * page_size());
  for (std::size_t i = 0; i < g_spare_count; ++i) {
    if (g_spares[i].len != len) continue;
    // reserve the new address, then move the spare's pages over the reservation
    void* at = mmap(hint, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (at == MAP_FAILED) break;
    void* moved = mremap(g_spares[i].base, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, at);
    if (moved == MAP_FAILED) {
      munmap(at, len);
      break;
    }
    g_spares[i] = g_spares[--g_spare_count];
    mprotect(moved, len, PROT_READ | PROT_WRITE);
    return moved;
  }
  // new pages, faulted in at once (the copy about to be made writes every one of them)
  void* mem = mmap(hint, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  return mem == MAP_FAILED ? nullptr : mem;
}

inline void* take(std::size_t n) {
  if (!kGuard || !g_capture || n < kMin || g_count == kSlots) return nullptr;
  const std::size_t len = (n + kHeader + page_size() - 1) / page_size() * page_size();
  void* mem = fresh_mapping(len);
  if (mem == nullptr) return nullptr;
  char* base = static_cast<char*>(mem);
  std::uint64_t* words = reinterpret_cast<std::uint64_t*>(base + kHeader - 16);
  words[0] = g_magic;
  words[1] = len;
  g_blocks[g_count++] = {base, len};
  return base + kHeader;
}

/// True when `p` was a guarded block (now a spare, or unmapped); false: it came from malloc.
inline bool give_back(void* p) {
  if (p == nullptr) return true;
  const std::uint64_t* words = reinterpret_cast<const std::uint64_t*>(static_cast<char*>(p) - 16);
  if (words[0] != g_magic) return false;
  char* base = static_cast<char*>(p) - kHeader;
  for (std::size_t i = 0; i < g_count; ++i) {
    if (g_blocks[i].base == base) {
      if (g_spare_count < kSpares) g_spares[g_spare_count++] = g_blocks[i];
      else munmap(base, g_blocks[i].len);
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
  if (!kGuard) return;  // the memory check's build: AddressSanitizer's own handler reports a fault
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

// ---- sentinels ------------------------------------------------------------------------
// The value a candidate's output buffer holds before the call wherever the prompt does not
// promise zeros, so "forgot to write element i" fails even where the right value is 0: NaN for
// floating point (both parts of a complex), -7 for signed integers (never a count, an index or a distance), the largest
// value but 6 for unsigned ones.
template <class T>
struct is_complex : std::false_type {};
template <class T>
struct is_complex<std::complex<T>> : std::true_type {};

template <class T>
T sentinel() {
  if constexpr (is_complex<T>::value) {
    const auto part = std::numeric_limits<typename T::value_type>::quiet_NaN();
    return T(part, part);
  } else if constexpr (std::is_floating_point_v<T>) {
    return std::numeric_limits<T>::quiet_NaN();
  } else if constexpr (std::is_signed_v<T>) {
    return static_cast<T>(-7);
  } else {
    return static_cast<T>(std::numeric_limits<T>::max() - 6);
  }
}

/// n elements holding the sentinel.
template <class T>
std::vector<T> unwritten(std::size_t n) {
  return std::vector<T>(n, sentinel<T>());
}

}  // namespace pareval

#include "pareval_main.hpp"

/// Name of the serial reference solution, linked into the driver under this renamed symbol.
#define PAREVAL_REFERENCE(name) pareval_reference_##name

// The program's allocation functions (only the driver includes this header): guarded blocks
// while an input is made, malloc otherwise. Aligned forms keep the library's own. Left out of the
// sanitized build, whose runtime provides its own (and checks new against delete).
#if !defined(__SANITIZE_ADDRESS__)
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
#endif

#ifdef PAREVAL_CHECKER
#define PAREVAL_MAIN(PROBLEM) \
  int main(int argc, char** argv) { return ::pareval::checker_main<PROBLEM>(argc, argv); }
#else
#define PAREVAL_MAIN(PROBLEM) \
  int main(int argc, char** argv) { return ::pareval::candidate_main<PROBLEM>(argc, argv); }
#endif
