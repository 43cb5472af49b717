package org.coprod.core;

/**
 * How people can be paid. None is safe for everyone's benefits by itself: vouchers are not
 * automatically disregarded, and payroll can make someone a worker, so advice is still needed.
 */
public enum PaymentMethod {
  /** A bank transfer. */
  BANK,
  /** Cash. */
  CASH,
  /** Vouchers or gift cards. */
  VOUCHER,
  /** Something other than money: training, a course, equipment. */
  IN_KIND,
  /** Through an employer's payroll, as wages. */
  PAYROLL
}
